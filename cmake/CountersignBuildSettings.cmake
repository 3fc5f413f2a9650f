# One INTERFACE target that every Countersign target links: language level, warnings,
# Qt hygiene defines and the optional sanitizers. Nothing here is set directory-wide.
add_library(countersign_build_settings INTERFACE)
add_library(Countersign::BuildSettings ALIAS countersign_build_settings)

target_compile_features(countersign_build_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_options(countersign_build_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough)
# GCC 12 reports std::optional members as "maybe uninitialized" after inlining (GCC bug
# 80635); the warning is only noise here, and everything else stays an error.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(countersign_build_settings INTERFACE -Wno-maybe-uninitialized)
endif()
if(COUNTERSIGN_WERROR)
    target_compile_options(countersign_build_settings INTERFACE -Werror)
endif()

target_compile_definitions(countersign_build_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_STRICT_ITERATORS)

# Hardening, as a distribution build would do it.
target_compile_options(countersign_build_settings INTERFACE -fstack-protector-strong)
if(NOT COUNTERSIGN_SANITIZE)
    target_compile_definitions(countersign_build_settings INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
endif()

if(COUNTERSIGN_SANITIZE)
    target_compile_options(countersign_build_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(countersign_build_settings INTERFACE -fsanitize=address,undefined)
endif()
