# Warnings for our own targets: call nk_warnings(target). Warnings become errors only with
# NK_WARNINGS_AS_ERRORS (CI and developers turn it on): a user's or a packager's build
# with another compiler or optimisation level must not fail on a new or false warning.
option(NK_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)

function(nk_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
    -Wno-sign-conversion)
  if(NK_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
    # GCC 12 at -O3 reports a false -Wrestrict inside std::string's operator+ (GCC bug
    # 105329): it stays a warning, not an error.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE -Wno-error=restrict)
    endif()
  endif()
  if(NK_SANITIZE)
    # g++ 12 with -fsanitize reports false "maybe uninitialized" inside <regex> and
    # <functional>; the normal build keeps the warning.
    target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
  endif()
endfunction()
