#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace aistack {

class WrappedLabel;

// A fenced code block of a message: the language, a Copy button, and the code in a monospace font on the
// palette's base colour.
class CodeBlock : public QFrame
{
    Q_OBJECT
public:
    explicit CodeBlock(QWidget *parent = nullptr);

    void setCode(const QString &language, const QString &code);
    QString code() const { return m_code; }
    QPushButton *copyButton() const { return m_copy; }

private:
    QLabel *m_language;
    WrappedLabel *m_text;
    QPushButton *m_copy;
    QString m_code;
};

} // namespace aistack
