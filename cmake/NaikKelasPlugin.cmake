# naikkelas_add_plugin(<id> SOURCES <files>... [OUTPUT_DIRECTORY <dir>])
# Builds a NaikKelas plugin module <id>.so from C or C++ sources against the plugin ABI
# only (plugin_api.h and the helper plugin.hpp). The builtin plugins use this function
# exactly as an external project does after find_package(NaikKelas).
function(naikkelas_add_plugin id)
  cmake_parse_arguments(ARG "" "OUTPUT_DIRECTORY" "SOURCES" ${ARGN})
  if(NOT ARG_SOURCES)
    message(FATAL_ERROR "naikkelas_add_plugin(${id}): give SOURCES")
  endif()
  add_library(${id} MODULE ${ARG_SOURCES})
  target_link_libraries(${id} PRIVATE NaikKelas::plugin_api)
  target_compile_features(${id} PRIVATE cxx_std_20)
  # Only the entry symbol is exported; the module keeps its own copies of everything else.
  set_target_properties(${id} PROPERTIES
    PREFIX ""
    SUFFIX ".so"
    C_VISIBILITY_PRESET hidden
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON)
  # Hidden visibility still exports libstdc++'s template instances; a version script
  # leaves the entry symbol as the module's only export, so modules cannot clash.
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(exports ${CMAKE_CURRENT_BINARY_DIR}/${id}_exports.map)
    file(WRITE ${exports} "{ global: nk_plugin_entry; local: *; };\n")
    target_link_options(${id} PRIVATE "LINKER:--version-script=${exports}")
    set_property(TARGET ${id} APPEND PROPERTY LINK_DEPENDS ${exports})
  endif()
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${id} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  endif()
endfunction()
