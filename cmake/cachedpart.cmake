# The parts the installer scripts build or fetch once per machine into ~/.cache/aistack, keyed by version
# (installer/*.sh). aistack_cached_part(VAR TYPE DOC GLOB) sets the cache variable VAR to the newest path in
# that folder matching GLOB, unless VAR was given.
function(aistack_cached_part var type doc glob)
    set(${var} "" CACHE ${type} "${doc}")
    if(NOT ${var})
        file(GLOB _found "$ENV{HOME}/.cache/aistack/${glob}")
        if(_found)
            list(SORT _found)
            list(GET _found -1 _newest)
            set(${var} "${_newest}" CACHE ${type} "${doc}" FORCE)
        endif()
    endif()
endfunction()
