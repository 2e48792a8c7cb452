// The three tiers a qualitative actual value (实际完成值) can name. The unit
// registry keeps the tier phrases of stdlib/用语.jx beside the units, so the
// tiers live here, below both the registry and the target forms that use them.
#pragma once

namespace jixiao {

enum class tier_level { achieved, partial, not_achieved };

} // namespace jixiao
