#pragma once

#include <QString>

namespace aistack {

// The collection that holds one owner's (session's or user's) documents for one rag tool. Valid for every
// store, Chroma's rules included: 3-63 characters of [a-zA-Z0-9._-], starting and ending with a letter or
// digit. Long or unusual names are shortened and made unique with a hash, so any tool name works.
QString collectionName(const QString &owner, const QString &tool);

} // namespace aistack
