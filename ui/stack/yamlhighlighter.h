#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace aistack {

// Colours YAML as the Stack pane shows it: keys, quoted strings, numbers and booleans, comments, and
// secret references (keychain:NAME, ${ENV}) so a reader sees at once where secrets come from. Colours follow
// the palette (light and dark).
class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit YamlHighlighter(QTextDocument *document);
    // Picks colours for the palette (call again when it changes).
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_comment;
    QTextCharFormat m_secret;
    QTextCharFormat m_punctuation;
};

} // namespace aistack
