# The MCP servers the MCP client tests start (installer/mcp-servers.sh installs them into the per-machine
# cache). Only the tests use them; the app talks to any MCP server the config names.
aistack_cached_part(AISTACK_MCP_SERVERS PATH "The folder installer/mcp-servers.sh prints (with node_modules/)"
    "mcp-servers-*/.complete")
# Found by the mark a finished install leaves; the folder is the one it is in.
if(AISTACK_MCP_SERVERS MATCHES "/\\.complete$")
    get_filename_component(_mcp_folder "${AISTACK_MCP_SERVERS}" DIRECTORY)
    set(AISTACK_MCP_SERVERS "${_mcp_folder}" CACHE PATH "" FORCE)
endif()
if(AISTACK_MCP_SERVERS)
    message(STATUS "MCP servers (tests): ${AISTACK_MCP_SERVERS}")
else()
    message(STATUS "MCP servers (tests): not found; the MCP client tests are skipped (run installer/mcp-servers.sh)")
endif()
