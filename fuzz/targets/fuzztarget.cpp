#include "fuzztarget.h"

#include <cstdio>
#include <cstdlib>

namespace aistack::fuzz {

const std::vector<Target> &targets()
{
    static const std::vector<Target> all{{"httpframer", httpFramer},
                                         {"kissrequests", kissRequests},
                                         {"kisswebsocket", kissWebSocket},
                                         {"lcsrequests", lcsRequests},
                                         {"config", config},
                                         {"jwt", jwt},
                                         {"jwk", jwk},
                                         {"textdecoder", textDecoder},
                                         {"markdown", markdown},
                                         {"html", html},
                                         {"csv", csv},
                                         {"json", json},
                                         {"pdf", pdf},
                                         {"docx", docx}};
    return all;
}

void require(bool condition, const char *what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz: broken promise: %s\n", what);
    std::abort();
}

} // namespace aistack::fuzz
