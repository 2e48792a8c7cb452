// The JSON form of a target: the machine contract of `jixiao target` and of
// every output that shows a target. Keys are stable English.
#pragma once

#include "diag/diagnostic.hpp"
#include "target/target.hpp"

#include <nlohmann/json.hpp>

namespace jixiao {

class unit_registry;

nlohmann::ordered_json to_json(const target& t, const unit_registry& units, lang l);

} // namespace jixiao
