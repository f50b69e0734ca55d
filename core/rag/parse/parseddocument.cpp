#include "parseddocument.h"

namespace aistack {

void ParsedDocument::add(TextBlock::Kind kind, const QString &text, int page)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    TextBlock block;
    block.kind = kind;
    block.text = trimmed;
    block.page = page;
    if (kind == TextBlock::Kind::Heading || kind == TextBlock::Kind::Title) {
        block.heading = trimmed;
        if (title.isEmpty())
            title = trimmed;
    } else if (!blocks.isEmpty()) {
        block.heading = blocks.constLast().heading;
    }
    blocks.push_back(std::move(block));
}

} // namespace aistack
