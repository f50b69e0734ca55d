<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>aistack::ConversationListModel</name>
    <message numerus="yes">
        <source>%1, %n turn(s)</source>
        <translation>
            <numerusform>%1, %n turn</numerusform>
            <numerusform>%1, %n turns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
Last message: %2
Model: %3/%4
%n turn(s)</source>
        <translation>
            <numerusform>%1
Last message: %2
Model: %3/%4
%n turn</numerusform>
            <numerusform>%1
Last message: %2
Model: %3/%4
%n turns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::ConversationReader</name>
    <message numerus="yes">
        <source>The conversation of user %1, shown read only: %n turn(s).</source>
        <translation>
            <numerusform>The conversation of user %1, shown read only: %n turn.</numerusform>
            <numerusform>The conversation of user %1, shown read only: %n turns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::DocumentsPane</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed or cancelled</source>
        <translation>
            <numerusform>%n failed or cancelled</numerusform>
            <numerusform>%n failed or cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s) from %1? Their passages leave the collection, so answers no longer cite them. The files on disk stay.</source>
        <translation>
            <numerusform>Remove %n document from %1? Its passages leave the collection, so answers no longer cite it. The file on disk stays.</numerusform>
            <numerusform>Remove %n documents from %1? Their passages leave the collection, so answers no longer cite them. The files on disk stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Parse, chunk and embed %n document(s) again? Until each one is stored again, answers keep using the stored version.</source>
        <translation>
            <numerusform>Parse, chunk and embed %n document again? Until it is stored again, answers keep using the stored version.</numerusform>
            <numerusform>Parse, chunk and embed %n documents again? Until each one is stored again, answers keep using the stored version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::FeedbackPane</name>
    <message numerus="yes">
        <source>Delete %n piece(s) of feedback? The rows and their files in the feedback storage are removed; this cannot be undone.</source>
        <translation>
            <numerusform>Delete %n piece of feedback? The row and its file in the feedback storage are removed; this cannot be undone.</numerusform>
            <numerusform>Delete %n pieces of feedback? The rows and their files in the feedback storage are removed; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::IngestProgressPanel</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::MessageList</name>
    <message numerus="yes">
        <source>Show earlier messages (%n more)</source>
        <translation>
            <numerusform>Show earlier messages (%n more)</numerusform>
            <numerusform>Show earlier messages (%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::RetrievalPreview</name>
    <message numerus="yes">
        <source>%n passage(s), best first, as the chat gets them</source>
        <translation>
            <numerusform>%n passage, best first, as the chat gets them</numerusform>
            <numerusform>%n passages, best first, as the chat gets them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::RetryingRequest</name>
    <message numerus="yes">
        <source>(tried %n times)</source>
        <translation>
            <numerusform>(tried once)</numerusform>
            <numerusform>(tried %n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::ServerPane</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::SessionsPane</name>
    <message numerus="yes">
        <source>%n session(s), %1 active</source>
        <translation>
            <numerusform>%n session, %1 active</numerusform>
            <numerusform>%n sessions, %1 active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n sessions? Their tokens and secrets are refused from now on, on every route; the clients have to start new sessions.</source>
        <translation>
            <numerusform>Revoke this session? Its token and secret are refused from now on, on every route; the client has to start a new session.</numerusform>
            <numerusform>Revoke %n sessions? Their tokens and secrets are refused from now on, on every route; the clients have to start new sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Close %n sessions? Temporary ones end and their documents are deleted; persistent ones keep their documents and may start their stacks again.</source>
        <translation>
            <numerusform>Close this session? A temporary one ends and its documents are deleted; a persistent one keeps its documents and may start its stack again.</numerusform>
            <numerusform>Close %n sessions? Temporary ones end and their documents are deleted; persistent ones keep their documents and may start their stacks again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::SourcesList</name>
    <message numerus="yes">
        <source>Sources: %n passage(s)</source>
        <translation>
            <numerusform>Sources: %n passage</numerusform>
            <numerusform>Sources: %n passages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::McpServersPanel</name>
    <message numerus="yes">
        <source>online · %n tool(s)</source>
        <translation>
            <numerusform>online · %n tool</numerusform>
            <numerusform>online · %n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 servers online, %n tool(s) for the models</source>
        <translation>
            <numerusform>%1 of %2 servers online, %n tool for the models</numerusform>
            <numerusform>%1 of %2 servers online, %n tools for the models</numerusform>
        </translation>
    </message>
</context>
</TS>
