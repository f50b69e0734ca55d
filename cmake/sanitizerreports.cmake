# The first and the last test of a sanitized run (see tests/CMakeLists.txt). With CLEAR: empties REPORTS,
# the folder every process of the run writes its sanitizer reports into. Without: fails and prints every
# report found there.
if(CLEAR)
    file(REMOVE_RECURSE "${REPORTS}")
    file(MAKE_DIRECTORY "${REPORTS}")
    return()
endif()
file(GLOB _reports "${REPORTS}/report.*")
if(NOT _reports)
    message(STATUS "no sanitizer reports")
    return()
endif()
list(LENGTH _reports _count)
foreach(_file IN LISTS _reports)
    file(READ "${_file}" _text)
    message("==== ${_file}\n${_text}")
endforeach()
message(FATAL_ERROR "${_count} sanitizer report file(s) in ${REPORTS}")
