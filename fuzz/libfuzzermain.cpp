// libFuzzer's entry for one target, chosen at compile time (AISTACK_FUZZ_ENTRY: a function of
// targets/fuzztarget.h).
#include "targets/fuzztarget.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A copy, as the server and the ingestion hold their bytes (QByteArray, NUL-terminated).
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    aistack::fuzz::AISTACK_FUZZ_ENTRY(input);
    return 0;
}
