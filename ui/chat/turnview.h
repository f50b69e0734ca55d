#pragma once

#include "conversations/answerdetails.h"

#include <QString>

namespace aistack {

// One question and its answer as the messages view shows them.
struct TurnView
{
    qint64 turnId = 0; // 0 while the answer is still coming
    QString question;
    QString answer;
    QString model; // provider/model
    AnswerDetails details;
    QString configId; // the configuration in force when it was answered (empty for older turns)
    int versionCount = 1;
    int selectedVersion = 0;
    bool streaming = false;
    QString error;     // the question could not be answered
    int sentiment = 0; // feedback given: 1 thumbs up, -1 thumbs down, 0 none
    bool last = false; // the conversation's last turn: it can be regenerated and its question edited
    bool busy = false; // an answer is being written somewhere in the conversation
    QVector<ToolRun> awaitingApproval; // tool calls the model asks for, waiting for the person's answer
};

} // namespace aistack
