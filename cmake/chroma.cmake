# The Chroma server the vector store tests start (installer/chroma.sh installs it into the per-machine
# cache). Only the tests use it; the app talks to any Chroma server the config names.
aistack_cached_part(AISTACK_CHROMA FILEPATH "The `chroma` command installed by installer/chroma.sh"
    "chroma-*/node_modules/.bin/chroma")
if(AISTACK_CHROMA)
    message(STATUS "chroma (tests): ${AISTACK_CHROMA}")
else()
    message(STATUS "chroma (tests): not found; the Chroma store tests are skipped (run installer/chroma.sh)")
endif()
