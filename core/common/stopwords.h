#pragma once

#include <QStringList>

namespace aistack {

// Common English function words that carry no topic: left out of keyword searches and of the word overlap
// that picks sentences for extractive answers. Lower case; "s" and "t" are the tails of "it's", "don't".
const QStringList &englishStopWords();

} // namespace aistack
