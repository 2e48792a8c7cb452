# jixiao_embed(VAR OUT_CPP FILE...): generates OUT_CPP defining
#   jixiao::embedded_files() -> span of {name, text}
# with each FILE's bytes as a char array (no escaping pitfalls), so the
# standard library ships inside the binary and cannot go missing at run time.
function(jixiao_embed var out)
  set(script ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/embed_generate.cmake)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} "-DFILES=${ARGN}" -P ${script}
    DEPENDS ${ARGN} ${script}
    COMMENT "Embedding the standard library")
  set(${var} ${out} PARENT_SCOPE)
endfunction()
