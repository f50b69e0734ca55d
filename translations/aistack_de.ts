<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>aistack::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="18"/>
        <source>AI Stack Desktop</source>
        <translation>AI Stack Desktop</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="32"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="33"/>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="33"/>
        <source>Edit and validate the stack YAML: decision maker, prompt and rag tools, vector store.</source>
        <translation>Stack-YAML bearbeiten und prüfen: Entscheider, Prompt- und RAG-Werkzeuge, Vektorspeicher.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="35"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="35"/>
        <source>Browse and close client sessions.</source>
        <translation>Client-Sitzungen ansehen und schließen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="36"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="36"/>
        <source>Upload documents into the stack&apos;s rag tools and follow their ingestion.</source>
        <translation>Dokumente in die RAG-Werkzeuge des Stacks laden und die Verarbeitung verfolgen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>Chat with the stack, with streamed answers and sources.</source>
        <translation>Mit dem Stack chatten, mit gestreamten Antworten und Quellen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="39"/>
        <source>Feedback</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="39"/>
        <source>Browse the feedback users have given.</source>
        <translation>Die Rückmeldungen der Benutzer ansehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="40"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="40"/>
        <source>Live request, model and token metrics.</source>
        <translation>Live-Metriken zu Anfragen, Modellen und Tokens.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="65"/>
        <source>Listening on %1</source>
        <translation>Empfängt auf %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Server failed: %1</source>
        <translation>Server fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Server starting…</source>
        <translation>Server startet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Server stopping…</source>
        <translation>Server hält an…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="77"/>
        <source>Server stopped</source>
        <translation>Server angehalten</translation>
    </message>
</context>
<context>
    <name>aistack::RequestLogModel</name>
    <message>
        <location filename="../ui/requestlogmodel.cpp" line="69"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/requestlogmodel.cpp" line="70"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/requestlogmodel.cpp" line="71"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/requestlogmodel.cpp" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/requestlogmodel.cpp" line="73"/>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <location filename="../ui/requestlogmodel.cpp" line="74"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>aistack::ServerPane</name>
    <message>
        <location filename="../ui/serverpane.cpp" line="47"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="69"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="70"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="71"/>
        <source>Uptime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="72"/>
        <source>Requests answered:</source>
        <translation>Beantwortete Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="73"/>
        <source>Open connections:</source>
        <translation>Offene Verbindungen:</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="74"/>
        <source>Requests in flight:</source>
        <translation>Laufende Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="88"/>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="89"/>
        <source>Bind address. 127.0.0.1 keeps the server on this computer; 0.0.0.0 opens it to the network.</source>
        <translation>Bindeadresse. 127.0.0.1 hält den Server auf diesem Rechner; 0.0.0.0 öffnet ihn für das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="94"/>
        <source>Apply and restart</source>
        <translation>Übernehmen und neu starten</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="99"/>
        <source>Bind address:</source>
        <translation>Bindeadresse:</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="101"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="123"/>
        <source>Request log (newest first)</source>
        <translation>Anfrageprotokoll (neueste zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="141"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="142"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="143"/>
        <source>Listening</source>
        <translation>Empfangsbereit</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="144"/>
        <source>Stopping…</source>
        <translation>Hält an…</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="145"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="152"/>
        <source>not listening</source>
        <translation>nicht empfangsbereit</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="155"/>
        <source>Stop server</source>
        <translation>Server anhalten</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="155"/>
        <source>Start server</source>
        <translation>Server starten</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="168"/>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
</TS>
