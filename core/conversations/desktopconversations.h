#pragma once

#include "conversationstore.h"

namespace aistack {

// A conversation as the desktop's list shows it.
struct ConversationSummary
{
    ConversationRow row;
    QString title; // the given title, else the first question shortened
};

// What the desktop does to conversations beyond the API's reads and turns: list them with titles, search,
// rename, switch documents on and off, keep every version of a regenerated or edited turn. The same rows as
// the API's (ConversationStore). Blocking: for worker threads. Every change is announced through the store's
// events.
class DesktopConversations
{
public:
    explicit DesktopConversations(ConversationStore &store) : m_store(store) {}

    // The user's conversations, newest activity first; with `search`, only those whose title or messages
    // contain it (case-insensitive).
    std::optional<QVector<ConversationSummary>> summaries(const QString &userId, const QString &search,
                                                          QString *error);
    // An empty title gives the conversation its first question back as its title.
    bool rename(const QString &id, const QString &userId, const QString &title, QString *error);
    bool setUseDocuments(const QString &id, const QString &userId, bool use, QString *error);
    // Adds a version to the conversation's last turn and selects it (regenerate, or edit the last question).
    bool reviseLastTurn(const QString &id, const QString &userId, const TurnVersion &version, QString *error);
    // Shows another version of a turn: the turn's columns (what the API and the model see) become it.
    bool selectVersion(const QString &id, const QString &userId, qint64 turnId, int version, QString *error);

private:
    // Sets one column of the user's conversation row ("column = ?"); fails when there is no such row.
    bool updateRow(const QString &id, const QString &userId, const QString &assignment, const QVariant &value,
                   QString *error);
    // Runs fn in a transaction on the conversation's last turn (turnId 0) or the given one, after checking
    // that the conversation is the user's; writes the turn back when fn returns true.
    bool updateTurn(const QString &id, const QString &userId, qint64 turnId,
                    const std::function<bool(ConversationTurn &, QString *)> &fn, QString *error);

    ConversationStore &m_store;
};

} // namespace aistack
