# jixiao_embed(VAR OUT_CPP FILE...): generates OUT_CPP defining
#   jixiao::embedded_files() -> span of {name, text}
# with each FILE's bytes as a char array (no escaping pitfalls), so the
# standard library ships inside the binary and cannot go missing at run time.
function(jixiao_embed var out)
  set(script ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/embed_generate.cmake)
  # A list would be split into separate arguments on the command line: pass it joined by '|'.
  string(REPLACE ";" "|" files "${ARGN}")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} "-DFILES=${files}" -P ${script}
    DEPENDS ${ARGN} ${script}
    COMMENT "Embedding the standard library"
    VERBATIM)
  set(${var} ${out} PARENT_SCOPE)
endfunction()
