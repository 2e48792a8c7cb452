# jixiao_module(NAME SOURCES file... DEPS module...)
#
# One static library per folder of interpreter/ (jixiao_NAME), linking only the
# modules it names. The walls are checked when CMake configures, because a
# static library links whatever the final program brings along and would not
# notice a wrong dependency by itself:
#   - a module may only name modules declared before it, so the graph has no
#     cycle by construction (the order of calls in interpreter/CMakeLists.txt
#     is a topological order, and reading it top-down reads the house bottom-up);
#   - every `#include "M/…"` in the module's folder names the module itself, a
#     module in DEPS, or `grammar` (the header-only PEGTL grammars, a module too).
# A wrong include fails the configure step with the file and the line.
set(JIXIAO_MODULES "" CACHE INTERNAL "")

function(jixiao_module name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;DEPS")
  set(allowed ${name})
  foreach(dep IN LISTS arg_DEPS)
    if(NOT TARGET jixiao_${dep})
      message(FATAL_ERROR "module ${name} depends on ${dep}, which is not declared before it "
                          "(modules are declared in dependency order; a cycle cannot be written)")
    endif()
    list(APPEND allowed ${dep})
  endforeach()

  set(dir ${CMAKE_CURRENT_SOURCE_DIR}/${name})
  file(GLOB files CONFIGURE_DEPENDS ${dir}/*.hpp ${dir}/*.cpp)
  foreach(file IN LISTS files)
    file(STRINGS ${file} includes REGEX "^#include \"[a-z_]+/")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^#include \"([a-z_]+)/.*" "\\1" used "${line}")
      if(NOT used IN_LIST allowed)
        file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR} ${file})
        message(FATAL_ERROR "${rel}: module ${name} includes ${used}/ but does not depend on it "
                            "(${line}); allowed: ${allowed}")
      endif()
    endforeach()
  endforeach()

  add_library(jixiao_${name} STATIC ${arg_SOURCES})
  target_include_directories(jixiao_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR} ${PROJECT_SOURCE_DIR})
  list(TRANSFORM arg_DEPS PREPEND jixiao_ OUTPUT_VARIABLE dep_targets)
  target_link_libraries(jixiao_${name} PUBLIC ${dep_targets})
  set(JIXIAO_MODULES ${JIXIAO_MODULES} ${name} CACHE INTERNAL "")
  set(JIXIAO_MODULE_DEPS_${name} ${arg_DEPS} CACHE INTERNAL "")
endfunction()
