# Install rules and the CMake package NaikKelas, included last from the top-level
# CMakeLists.txt so that every target exists. `cmake --install <build> --prefix P` gives:
#   P/bin/naikkelas[-gui]
#   P/lib/naikkelas/plugins/*.so          the builtin plugin modules
#   P/include/naikkelas/plugin_api.h, plugin.hpp   the plugin ABI, nothing of core
#   P/lib/cmake/NaikKelas/                find_package(NaikKelas): NaikKelas::plugin_api and
#                                         naikkelas_add_plugin()
#   P/share/doc/naikkelas/                writing-a-plugin.md and the example project
# The folders are literal, not GNUInstallDirs: the registry finds the builtins at
# <exe dir>/../lib/naikkelas/plugins, which a multiarch libdir would break.
include(CMakePackageConfigHelpers)

set(NK_INSTALL_PLUGIN_DIR lib/naikkelas/plugins)
set(NK_INSTALL_CMAKE_DIR lib/cmake/NaikKelas)
set(NK_INSTALL_DOC_DIR share/doc/naikkelas)

install(TARGETS naikkelas RUNTIME DESTINATION bin)
if(TARGET naikkelas-gui)
  install(TARGETS naikkelas-gui RUNTIME DESTINATION bin)
endif()

install(TARGETS ${NK_BUILTIN_PLUGINS} LIBRARY DESTINATION ${NK_INSTALL_PLUGIN_DIR})

# Only the ABI headers: a plugin must not see core, so core's headers stay private.
install(FILES
  ${PROJECT_SOURCE_DIR}/core/plugin_api/naikkelas/plugin_api.h
  ${PROJECT_SOURCE_DIR}/core/plugin_api/naikkelas/plugin.hpp
  DESTINATION include/naikkelas)

# NaikKelas::plugin_api in the installed package, as the alias is in the build tree.
set_target_properties(nk_plugin_api PROPERTIES EXPORT_NAME plugin_api)
install(TARGETS nk_plugin_api EXPORT NaikKelasTargets)
install(EXPORT NaikKelasTargets
  NAMESPACE NaikKelas::
  FILE NaikKelasTargets.cmake
  DESTINATION ${NK_INSTALL_CMAKE_DIR})

configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/NaikKelasConfig.cmake.in
  ${PROJECT_BINARY_DIR}/NaikKelasConfig.cmake
  INSTALL_DESTINATION ${NK_INSTALL_CMAKE_DIR}
  PATH_VARS NK_INSTALL_PLUGIN_DIR)
# Same major: a 1.x host reads 1.y modules (plugin_api.h). The pointer-size check stays,
# since the ABI's structs hold pointers.
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/NaikKelasConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMajorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/NaikKelasConfig.cmake
  ${PROJECT_BINARY_DIR}/NaikKelasConfigVersion.cmake
  ${PROJECT_SOURCE_DIR}/cmake/NaikKelasPlugin.cmake
  DESTINATION ${NK_INSTALL_CMAKE_DIR})

install(FILES ${PROJECT_SOURCE_DIR}/docs/writing-a-plugin.md DESTINATION ${NK_INSTALL_DOC_DIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/plugin-example DESTINATION ${NK_INSTALL_DOC_DIR}
  PATTERN build EXCLUDE) # a reader may have built the example in place
