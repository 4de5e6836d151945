# Writes a C++ source that holds the given files as string constants.
#   cmake -DOUTPUT=out.cc -DFILES="a.xsd|b.xsd" -P embed_files.cmake  (files separated by |)
# Used to build schemas/*.xsd into the binary, so an installed tonghop needs no
# data directory.
string(REPLACE "|" ";" FILES "${FILES}")
set(body "// Generated from schemas/ by cmake/embed_files.cmake. Do not edit.\n")
string(APPEND body "#include <string_view>\n\nnamespace tonghop {\n\nstd::string_view EmbeddedSchema(std::string_view file_name) {\n")
foreach(path IN LISTS FILES)
  get_filename_component(name "${path}" NAME)
  file(READ "${path}" content)
  string(FIND "${content}" ")tonghop_embed\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${path} contains the raw-string delimiter")
  endif()
  string(APPEND body "  if (file_name == \"${name}\") return R\"tonghop_embed(${content})tonghop_embed\";\n")
endforeach()
string(APPEND body "  return {};\n}\n\n}  // namespace tonghop\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
