# Helpers shared by every folder: one place for warnings and Qt strictness flags,
# and a one-line way to declare a test.

# edgefront_set_warnings(target): -Wall -Wextra and the Qt string/connect strictness macros.
function(edgefront_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CONTEXTLESS_CONNECT)
endfunction()

# edgefront_add_test(tst_name SOURCES a.cpp... [LIBS extra-targets...] [LABELS labels...])
# One QTest executable per feature, run offscreen by ctest. Tests know where the shared
# data folder and their own data live through compile definitions.
function(edgefront_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test edgefront_core ${ARG_LIBS})
    edgefront_set_warnings(${name})
    target_compile_definitions(${name} PRIVATE
        EDGEFRONT_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data"
        EDGEFRONT_SHARED_DATA_DIR="${EDGEFRONT_SHARED_DATA_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;EDGEFRONT_CLI=$<TARGET_FILE:edgefront-cli>"
        TIMEOUT 600)
    if(ARG_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}")
    endif()
endfunction()
