#include "FuzzTargets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    codewijzer::fuzz::fuzzCodeLoader(data, size);
    return 0;
}
