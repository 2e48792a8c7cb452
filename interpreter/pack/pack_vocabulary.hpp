// The 自评表 wording a pack reads forms with: the national vocabulary that
// ships with jixiao, and the workbook.json of the pack and of every pack it
// depends on, merged (a province adds its labels; it never has to restate the
// national ones). docs/workbooks.md.
#pragma once

#include "form/vocabulary.hpp"
#include "pack/pack.hpp"

namespace jixiao {

// Throws diagnostic_error when a workbook.json is not a vocabulary.
form_vocabulary pack_vocabulary(const loaded_pack& pack);

} // namespace jixiao
