// SHA-256 of a byte string, as 64 lower-case hex digits (Poco::SHA2Engine).
#pragma once

#include <string>
#include <string_view>

namespace tonghop {

std::string Sha256Hex(std::string_view bytes);

}  // namespace tonghop
