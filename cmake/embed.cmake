# jixiao_embed(VAR OUT_CPP FUNCTION NAME HEADER H BASE DIR FILES file...):
# generates OUT_CPP defining jixiao::NAME() -> span of {name, text}, with each
# file's bytes as a char array (no escaping pitfalls) named by its path under
# DIR, so data the engine needs (the standard library, the standard table
# catalogues) ships inside the binary and cannot go missing at run time.
# HEADER declares NAME and jixiao::embedded_file (stdlib/embedded.hpp).
function(jixiao_embed var out)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "FUNCTION;HEADER;BASE" "FILES")
  set(script ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/embed_generate.cmake)
  # A list would be split into separate arguments on the command line: pass it joined by '|'.
  string(REPLACE ";" "|" files "${arg_FILES}")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} "-DFILES=${files}" -DFUNCTION=${arg_FUNCTION}
            -DHEADER=${arg_HEADER} -DBASE=${arg_BASE} -P ${script}
    DEPENDS ${arg_FILES} ${script}
    COMMENT "Embedding ${arg_FUNCTION}"
    VERBATIM)
  set(${var} ${out} PARENT_SCOPE)
endfunction()
