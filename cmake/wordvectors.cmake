# The builtin embedder's word table (installer/word-vectors.sh writes it into the per-machine cache).
# It is copied to share/aistack/ in the build tree, where the app and the tests find it beside bin/, and
# installed there too.
aistack_cached_part(AISTACK_WORD_VECTORS FILEPATH "The word table (.aiwv) made by installer/word-vectors.sh"
    "word-vectors-*.aiwv")
set(AISTACK_WORD_VECTORS_BUILD "${CMAKE_BINARY_DIR}/share/aistack/word-vectors.aiwv")
if(AISTACK_WORD_VECTORS AND EXISTS "${AISTACK_WORD_VECTORS}")
    configure_file("${AISTACK_WORD_VECTORS}" "${AISTACK_WORD_VECTORS_BUILD}" COPYONLY)
    install(FILES "${AISTACK_WORD_VECTORS_BUILD}" DESTINATION share/aistack)
    message(STATUS "word vectors: ${AISTACK_WORD_VECTORS}")
else()
    message(STATUS "word vectors: not found; the builtin embedder is disabled (run installer/word-vectors.sh)")
endif()
