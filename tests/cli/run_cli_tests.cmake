# Runs the jixiao binary on the cases in this folder and compares stdout,
# stderr and the exit code. Each case is NAME.args (one argument per line),
# with NAME.stdout, NAME.stderr and NAME.code beside it.
file(GLOB cases ${DIR}/*.args)
set(failures 0)
foreach(case ${cases})
  get_filename_component(name ${case} NAME_WE)
  file(STRINGS ${case} args ENCODING UTF-8)
  execute_process(COMMAND ${JIXIAO} ${args}
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE code)
  file(READ ${DIR}/${name}.stdout want_out)
  file(READ ${DIR}/${name}.stderr want_err)
  file(READ ${DIR}/${name}.code want_code)
  string(STRIP "${want_code}" want_code)
  if(NOT out STREQUAL want_out OR NOT err STREQUAL want_err OR NOT code STREQUAL want_code)
    message("FAIL ${name}: exit ${code} (want ${want_code})\n--- stdout\n${out}--- want\n${want_out}--- stderr\n${err}--- want\n${want_err}")
    math(EXPR failures "${failures} + 1")
  endif()
endforeach()
if(failures GREATER 0)
  message(FATAL_ERROR "${failures} CLI case(s) failed")
endif()
