# libFuzzer targets for every parser that reads bytes from outside (fuzz/). Off by default.
# With AISTACK_FUZZ=ON (clang only) the project's libraries are compiled with coverage instrumentation,
# AddressSanitizer and UndefinedBehaviorSanitizer, and each fuzz executable links libFuzzer's main.
# A fuzz build wants -DAISTACK_BUILD_TESTS=OFF and `ninja fuzz_all`; see fuzz/README.md.
option(AISTACK_FUZZ "Build the libFuzzer targets in fuzz/ (clang only; sanitizes the whole build)" OFF)

set(AISTACK_FUZZ_SANITIZERS "address,undefined")
if(AISTACK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "AISTACK_FUZZ=ON needs clang (libFuzzer), e.g. CC=clang-14 CXX=clang++-14; "
            "the compiler is ${CMAKE_CXX_COMPILER_ID}")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,${AISTACK_FUZZ_SANITIZERS}
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g)
    # Sanitized code is linked into the static libraries' users only through the fuzz executables, but any
    # executable configured in the same tree must still link the sanitizer runtimes.
    add_link_options(-fsanitize=${AISTACK_FUZZ_SANITIZERS})
    add_compile_definitions(AISTACK_FUZZ)
endif()
