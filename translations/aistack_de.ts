<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BuiltinProvider</name>
    <message>
        <location filename="../core/llm/builtin/builtinprovider.cpp" line="26"/>
        <source>The builtin embedder only computes embeddings; configure a chat model.</source>
        <translation>Der eingebaute Embedder berechnet nur Embeddings; konfigurieren Sie ein Chat-Modell.</translation>
    </message>
    <message>
        <location filename="../core/llm/builtin/builtinprovider.cpp" line="37"/>
        <source>Unknown embedding model &apos;%1&apos;; the builtin one is &apos;%2&apos;.</source>
        <translation>Unbekanntes Embedding-Modell „%1“; das eingebaute heißt „%2“.</translation>
    </message>
</context>
<context>
    <name>ChatTurn</name>
    <message>
        <location filename="../core/conversations/chatturn.cpp" line="208"/>
        <source>The answer could not be stored: %1</source>
        <translation>Die Antwort konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <location filename="../core/conversations/conversationexport.cpp" line="42"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../core/conversations/conversationexport.cpp" line="44"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../core/conversations/conversationexport.cpp" line="48"/>
        <source>Stopped before the end.</source>
        <translation>Vor dem Ende angehalten.</translation>
    </message>
    <message>
        <location filename="../core/conversations/conversationexport.cpp" line="50"/>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <location filename="../core/conversations/conversationexport.cpp" line="55"/>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>DesktopChat</name>
    <message>
        <location filename="../core/conversations/desktopchat.cpp" line="78"/>
        <location filename="../core/conversations/desktopchat.cpp" line="120"/>
        <location filename="../core/conversations/desktopchat.cpp" line="193"/>
        <source>This conversation no longer exists.</source>
        <translation>Diese Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/conversations/desktopchat.cpp" line="87"/>
        <location filename="../core/conversations/desktopchat.cpp" line="205"/>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <location filename="../core/conversations/desktopchat.cpp" line="175"/>
        <source>Feedback is switched off in the configuration (user_data_collection.feedback_enabled).</source>
        <translation>Rückmeldungen sind in der Konfiguration ausgeschaltet (user_data_collection.feedback_enabled).</translation>
    </message>
    <message>
        <location filename="../core/conversations/desktopchat.cpp" line="211"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DesktopConversations</name>
    <message>
        <location filename="../core/conversations/desktopconversations.cpp" line="78"/>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <location filename="../core/conversations/desktopconversations.cpp" line="102"/>
        <source>the conversation no longer exists</source>
        <translation>die Unterhaltung existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/conversations/desktopconversations.cpp" line="143"/>
        <source>the conversation or its turn no longer exists</source>
        <translation>die Unterhaltung oder ihre Runde existiert nicht mehr</translation>
    </message>
    <message>
        <location filename="../core/conversations/desktopconversations.cpp" line="206"/>
        <source>the turn has no version %1</source>
        <translation>die Runde hat keine Version %1</translation>
    </message>
</context>
<context>
    <name>DesktopDocuments</name>
    <message>
        <location filename="../core/rag/desktop/desktopdocuments.cpp" line="125"/>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>DesktopFeedback</name>
    <message>
        <location filename="../core/feedback/desktopfeedback.cpp" line="67"/>
        <source>This feedback no longer exists.</source>
        <translation>Diese Rückmeldung existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/feedback/desktopfeedback.cpp" line="82"/>
        <source>This conversation no longer exists.</source>
        <translation>Diese Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/feedback/desktopfeedback.cpp" line="97"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DesktopStack</name>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="33"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="175"/>
        <source>the built-in configuration is read-only; save a copy instead</source>
        <translation>die eingebaute Konfiguration ist schreibgeschützt; stattdessen eine Kopie speichern</translation>
    </message>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="192"/>
        <source>cannot keep the previous version as %1</source>
        <translation>die vorherige Version kann nicht als %1 aufbewahrt werden</translation>
    </message>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="199"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="231"/>
        <source>the built-in configuration is read-only: save a copy first</source>
        <translation>die eingebaute Konfiguration ist schreibgeschützt: zuerst eine Kopie speichern</translation>
    </message>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="238"/>
        <source>the configuration has a problem</source>
        <translation>die Konfiguration hat ein Problem</translation>
    </message>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="239"/>
        <source>the configuration has %1 problems</source>
        <translation>die Konfiguration hat %1 Probleme</translation>
    </message>
</context>
<context>
    <name>DocumentLibrary</name>
    <message>
        <location filename="../core/rag/documentlibrary.cpp" line="68"/>
        <source>the stack has no rag tool to store documents for (add a tool with kind: rag)</source>
        <translation>der Stack hat kein rag-Werkzeug, das Dokumente speichert (ein Werkzeug mit kind: rag hinzufügen)</translation>
    </message>
    <message>
        <location filename="../core/rag/documentlibrary.cpp" line="69"/>
        <source>the stack has no rag tool named &apos;%1&apos;</source>
        <translation>der Stack hat kein rag-Werkzeug namens „%1“</translation>
    </message>
    <message>
        <location filename="../core/rag/documentlibrary.cpp" line="79"/>
        <source>the stack has no vector_db</source>
        <translation>der Stack hat kein vector_db</translation>
    </message>
</context>
<context>
    <name>DocumentParser</name>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="30"/>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="31"/>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="32"/>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="35"/>
        <source>a program (ELF)</source>
        <translation>ein Programm (ELF)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="36"/>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="37"/>
        <source>an old Office document (.doc/.xls)</source>
        <translation>ein altes Office-Dokument (.doc/.xls)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="38"/>
        <source>a RAR archive</source>
        <translation>ein RAR-Archiv</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="39"/>
        <source>a 7-Zip archive</source>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="40"/>
        <source>a media file (RIFF)</source>
        <translation>eine Mediendatei (RIFF)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="41"/>
        <source>an MP3 file</source>
        <translation>eine MP3-Datei</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="44"/>
        <source>a video file</source>
        <translation>eine Videodatei</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="45"/>
        <source>a bzip2 archive</source>
        <translation>ein bzip2-Archiv</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="92"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="108"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="116"/>
        <source>unsupported file type: this is %1, not a document</source>
        <translation>nicht unterstützter Dateityp: das ist %1, kein Dokument</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="120"/>
        <source>the file is named .%1 but its content is not a %2 file</source>
        <translation>die Datei heißt .%1, ihr Inhalt ist aber keine %2-Datei</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="124"/>
        <source>unsupported file type: the content is binary data, not text</source>
        <translation>nicht unterstützter Dateityp: der Inhalt sind Binärdaten, kein Text</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="147"/>
        <source>no text found in the file</source>
        <translation>in der Datei wurde kein Text gefunden</translation>
    </message>
</context>
<context>
    <name>DocxParser</name>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="115"/>
        <source>the Word document is damaged (%1 at line %2)</source>
        <translation>das Word-Dokument ist beschädigt (%1 in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="144"/>
        <source>not a readable ZIP archive: %1</source>
        <translation>kein lesbares ZIP-Archiv: %1</translation>
    </message>
</context>
<context>
    <name>ExtractiveAnswer</name>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="33"/>
        <source>%1, page %2</source>
        <translation>%1, Seite %2</translation>
    </message>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="40"/>
        <source>No language model is configured, so this tool cannot answer. Add an ai_client to the tool in the stack configuration: provider openai, ollama or llama_stack with a model (and base_url and api_key where needed), or provider local with the model_path of a GGUF file.</source>
        <translation>Es ist kein Sprachmodell konfiguriert, daher kann dieses Werkzeug nicht antworten. Ergänzen Sie in der Stack-Konfiguration ein ai_client für das Werkzeug: provider openai, ollama oder llama_stack mit einem model (und bei Bedarf base_url und api_key) oder provider local mit dem model_path einer GGUF-Datei.</translation>
    </message>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="49"/>
        <source>No language model is configured, and none of the stored documents matches the question.</source>
        <translation>Es ist kein Sprachmodell konfiguriert, und keines der gespeicherten Dokumente passt zur Frage.</translation>
    </message>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="77"/>
        <source>No language model is configured, so here are the passages of the stored documents that best match the question:</source>
        <translation>Es ist kein Sprachmodell konfiguriert; hier sind die Stellen der gespeicherten Dokumente, die am besten zur Frage passen:</translation>
    </message>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="92"/>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackStore</name>
    <message>
        <location filename="../core/feedback/feedbackstore.cpp" line="107"/>
        <source>The time &quot;%1&quot; is not a valid time.</source>
        <translation>Die Zeitangabe „%1“ ist keine gültige Zeit.</translation>
    </message>
    <message>
        <location filename="../core/feedback/feedbackstore.cpp" line="121"/>
        <source>The sentiment &quot;%1&quot; is neither 1 nor -1.</source>
        <translation>Die Bewertung „%1“ ist weder 1 noch -1.</translation>
    </message>
    <message>
        <location filename="../core/feedback/feedbackstore.cpp" line="139"/>
        <source>The categories &quot;%1&quot; are not a list of names.</source>
        <translation>Die Kategorien „%1“ sind keine Liste von Namen.</translation>
    </message>
    <message>
        <location filename="../core/feedback/feedbackstore.cpp" line="241"/>
        <source>%1 could not be removed: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>IngestQueue</name>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="58"/>
        <source>%1: cannot be read: it links to %2, which does not exist</source>
        <translation>%1: kann nicht gelesen werden: verweist auf %2, das nicht existiert</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="62"/>
        <source>%1: the file does not exist</source>
        <translation>%1: die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="65"/>
        <source>%1: not a regular file (a device, socket or pipe)</source>
        <translation>%1: keine reguläre Datei (ein Gerät, Socket oder Pipe)</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="69"/>
        <source>%1: a file without an extension is not read; supported: %2</source>
        <translation>%1: eine Datei ohne Endung wird nicht gelesen; unterstützt: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="71"/>
        <source>%1: .%2 files are not supported; supported: %3</source>
        <translation>%1: .%2-Dateien werden nicht unterstützt; unterstützt: %3</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="75"/>
        <source>%1: cannot be read: permission denied</source>
        <translation>%1: kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="167"/>
        <source>%1: the stack has no rag tool to store documents for</source>
        <translation>%1: der Stack hat kein rag-Werkzeug, das Dokumente speichert</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestworker.cpp" line="137"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestworker.cpp" line="143"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>IngestionPipeline</name>
    <message>
        <location filename="../core/rag/ingest/ingeststages.cpp" line="20"/>
        <source>%1: cancelled; nothing was stored</source>
        <translation>%1: abgebrochen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../core/rag/ingest/ingeststages.cpp" line="55"/>
        <source>%1: embedding failed: %2</source>
        <translation>%1: Einbettung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/ingest/ingeststages.cpp" line="80"/>
        <source>%1: could not be stored: %2</source>
        <translation>%1: konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/ingest/ingestionpipeline.cpp" line="103"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/ingest/preparedocument.cpp" line="30"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <location filename="../core/rag/parse/jsonparser.cpp" line="69"/>
        <source>invalid JSON: %1 at byte %2</source>
        <translation>ungültiges JSON: %1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>KeychainWriter</name>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="37"/>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="40"/>
        <source>no keychain backend is available</source>
        <translation>kein Schlüsselbund-Backend verfügbar</translation>
    </message>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="43"/>
        <source>the keychain refused access</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert</translation>
    </message>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="45"/>
        <source>this system has no supported keychain</source>
        <translation>dieses System hat keinen unterstützten Schlüsselbund</translation>
    </message>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="53"/>
        <source>no Secret Service answers on the session D-Bus</source>
        <translation>auf dem Session-D-Bus antwortet kein Secret Service</translation>
    </message>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="55"/>
        <source>the keychain failed</source>
        <translation>der Schlüsselbund ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="82"/>
        <source>the entry name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>der Eintragsname darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten</translation>
    </message>
</context>
<context>
    <name>KissErrors</name>
    <message>
        <location filename="../server/kiss/kisserrors.cpp" line="37"/>
        <source>Model provider failed: %1</source>
        <translation>Der Modellanbieter ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../server/kiss/kisserrors.cpp" line="43"/>
        <source>Vector store unavailable: %1</source>
        <translation>Vektorspeicher nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../server/kiss/kisserrors.cpp" line="77"/>
        <location filename="../server/kiss/kisserrors.cpp" line="105"/>
        <source>Sessions database unavailable: %1</source>
        <translation>Sitzungsdatenbank nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../server/kiss/kisserrors.cpp" line="97"/>
        <source>Too many failed logins from this address; try again in %1 s</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen von dieser Adresse; erneut versuchen in %1 s</translation>
    </message>
</context>
<context>
    <name>KissRequests</name>
    <message>
        <location filename="../server/kiss/kissrequests.cpp" line="137"/>
        <source>No files given: send at least one {&quot;name&quot;, &quot;content&quot;}</source>
        <translation>Keine Dateien angegeben: mindestens ein {&quot;name&quot;, &quot;content&quot;} senden</translation>
    </message>
    <message>
        <location filename="../server/kiss/kissrequests.cpp" line="151"/>
        <source>%1: the file has no content</source>
        <translation>%1: die Datei hat keinen Inhalt</translation>
    </message>
    <message>
        <location filename="../server/kiss/kissrequests.cpp" line="154"/>
        <source>%1: content must be the file&apos;s bytes as base64 text</source>
        <translation>%1: content muss die Bytes der Datei als Base64-Text enthalten</translation>
    </message>
    <message>
        <location filename="../server/kiss/kissrequests.cpp" line="161"/>
        <source>%1: content is not valid base64</source>
        <translation>%1: content ist kein gültiges Base64</translation>
    </message>
    <message>
        <location filename="../server/kiss/kissrequests.cpp" line="163"/>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>KissWebSocket</name>
    <message>
        <location filename="../server/kiss/kisswebsocket.cpp" line="118"/>
        <source>Binary frames are not supported; send JSON text frames</source>
        <translation>Binäre Frames werden nicht unterstützt; JSON-Text-Frames senden</translation>
    </message>
    <message>
        <location filename="../server/kiss/kissframe.cpp" line="36"/>
        <source>Frame too large: %1 bytes, the limit is %2 bytes</source>
        <translation>Frame zu groß: %1 Bytes, die Grenze liegt bei %2 Bytes</translation>
    </message>
</context>
<context>
    <name>LocalProvider</name>
    <message>
        <location filename="../core/llm/local/localprovider.cpp" line="27"/>
        <source>This build of aistack has no llama.cpp, so GGUF models cannot run in process. Build it with installer/setup.sh, or serve the model with llama-server and use the openai provider.</source>
        <translation>Diese aistack-Version enthält kein llama.cpp, daher können GGUF-Modelle nicht im Prozess laufen. Bauen Sie sie mit installer/setup.sh, oder stellen Sie das Modell mit llama-server bereit und verwenden Sie den Provider openai.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="87"/>
        <source>The model %1 was unloaded.</source>
        <translation>Das Modell %1 wurde entladen.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="117"/>
        <source>The model file %1 does not exist; check ai_client.model_path.</source>
        <translation>Die Modelldatei %1 existiert nicht; prüfen Sie ai_client.model_path.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="123"/>
        <source>The file %1 could not be loaded as a GGUF model (wrong format or damaged).</source>
        <translation>Die Datei %1 konnte nicht als GGUF-Modell geladen werden (falsches Format oder beschädigt).</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="139"/>
        <source>llama.cpp could not create a context of %1 tokens for %2 (ai_client.context_size).</source>
        <translation>llama.cpp konnte keinen Kontext mit %1 Token für %2 anlegen (ai_client.context_size).</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="171"/>
        <source>The model %1 cannot compute embeddings.</source>
        <translation>Das Modell %1 kann keine Embeddings berechnen.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="218"/>
        <source>The prompt has %1 tokens; the model&apos;s context holds %2 (ai_client.context_size).</source>
        <translation>Der Prompt hat %1 Token; der Kontext des Modells fasst %2 (ai_client.context_size).</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="227"/>
        <source>llama.cpp failed to read the prompt.</source>
        <translation>llama.cpp konnte den Prompt nicht verarbeiten.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="307"/>
        <source>llama.cpp failed while generating.</source>
        <translation>llama.cpp ist beim Generieren gescheitert.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="395"/>
        <source>llama.cpp failed to embed a text.</source>
        <translation>llama.cpp konnte für einen Text kein Embedding berechnen.</translation>
    </message>
</context>
<context>
    <name>McpRegistry</name>
    <message>
        <location filename="../core/mcp/mcpregistry.cpp" line="25"/>
        <source>The arguments are not a JSON object: %1</source>
        <translation>Die Argumente sind kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcpregistry.cpp" line="36"/>
        <source>
[cut: the tool answered %1 characters]</source>
        <translation>
[gekürzt: das Werkzeug antwortete mit %1 Zeichen]</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcpregistry.cpp" line="180"/>
        <source>There is no tool named &apos;%1&apos;.</source>
        <translation>Es gibt kein Werkzeug namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcpregistry.cpp" line="192"/>
        <source>The tool could not be called: %1</source>
        <translation>Das Werkzeug konnte nicht aufgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>NoModelProvider</name>
    <message>
        <location filename="../core/llm/nomodelprovider.cpp" line="55"/>
        <source>No embedding model is configured for this tool.</source>
        <translation>Für dieses Werkzeug ist kein Embedding-Modell konfiguriert.</translation>
    </message>
</context>
<context>
    <name>OpenAiProvider</name>
    <message>
        <location filename="../core/llm/openai/openaiprovider.cpp" line="116"/>
        <source>The stream ended before the reply was complete.</source>
        <translation>Der Stream endete, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="23"/>
        <source>The provider&apos;s reply could not be read: %1</source>
        <translation>Die Antwort des Providers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="32"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="139"/>
        <source>no choices in the reply</source>
        <translation>keine choices in der Antwort</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="146"/>
        <source>the message content is not text</source>
        <translation>der Inhalt der Nachricht ist kein Text</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="156"/>
        <source>a tool call without a name</source>
        <translation>ein Werkzeugaufruf ohne Namen</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="179"/>
        <source>The provider failed while streaming: %1</source>
        <translation>Der Provider ist beim Streamen gescheitert: %1</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="198"/>
        <source>a tool call index out of range</source>
        <translation>ein Werkzeugaufruf mit unzulässigem Index</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="228"/>
        <source>%1 embeddings for %2 texts</source>
        <translation>%1 Embeddings für %2 Texte</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="237"/>
        <source>embedding %1 is missing or malformed</source>
        <translation>Embedding %1 fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="269"/>
        <source>no model list in the reply</source>
        <translation>keine Modellliste in der Antwort</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="298"/>
        <source>The provider refused the API key; check ai_client.api_key.</source>
        <translation>Der Provider hat den API-Schlüssel abgelehnt; prüfen Sie ai_client.api_key.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="303"/>
        <source>The provider does not serve the model &apos;%1&apos;; check ai_client.model and ai_client.base_url.</source>
        <translation>Der Provider bietet das Modell „%1“ nicht an; prüfen Sie ai_client.model und ai_client.base_url.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="309"/>
        <source>The provider is rate limiting requests; try again later.</source>
        <translation>Der Provider begrenzt die Anfragen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="313"/>
        <source>The provider does not support this request.</source>
        <translation>Der Provider unterstützt diese Anfrage nicht.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="316"/>
        <source>The provider timed out.</source>
        <translation>Der Provider hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="321"/>
        <source>The provider answered with HTTP status %1.</source>
        <translation>Der Provider antwortete mit HTTP-Status %1.</translation>
    </message>
</context>
<context>
    <name>PdfParser</name>
    <message>
        <location filename="../core/rag/parse/pdfparser.cpp" line="32"/>
        <source>the PDF cannot be read (damaged or not a PDF)</source>
        <translation>das PDF kann nicht gelesen werden (beschädigt oder kein PDF)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/pdfparser.cpp" line="36"/>
        <source>the PDF is protected by a password</source>
        <translation>das PDF ist durch ein Passwort geschützt</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/pdfparser.cpp" line="42"/>
        <source>the PDF has no pages (damaged?)</source>
        <translation>das PDF hat keine Seiten (beschädigt?)</translation>
    </message>
</context>
<context>
    <name>QueryError</name>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="23"/>
        <source>This conversation no longer exists, or it belongs to another user.</source>
        <translation>Diese Unterhaltung existiert nicht mehr oder gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="25"/>
        <source>No language model is configured. Add a model to a stack tool in the Stack pane.</source>
        <translation>Es ist kein Sprachmodell konfiguriert. Ergänzen Sie im Bereich Stack ein Modell für ein Stack-Werkzeug.</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="27"/>
        <source>The model %1 of provider %2 is not available. Pick another model.</source>
        <translation>Das Modell %1 des Providers %2 ist nicht verfügbar. Wählen Sie ein anderes Modell.</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="29"/>
        <source>This configuration does not allow a system prompt per question.</source>
        <translation>Diese Konfiguration erlaubt keinen System-Prompt pro Frage.</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="32"/>
        <source>The attachment&apos;s type %1 is not supported.</source>
        <translation>Der Typ %1 des Anhangs wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="34"/>
        <source>The model&apos;s provider cannot be reached: %1</source>
        <translation>Der Provider des Modells ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="36"/>
        <source>The model failed to answer: %1: %2</source>
        <translation>Das Modell konnte nicht antworten: %1: %2</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="38"/>
        <source>The documents of %1 cannot be searched: %2</source>
        <translation>Die Dokumente von %1 können nicht durchsucht werden: %2</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="40"/>
        <source>The conversation could not be read or stored: %1</source>
        <translation>Die Unterhaltung konnte nicht gelesen oder gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="42"/>
        <source>The question could not be answered.</source>
        <translation>Die Frage konnte nicht beantwortet werden.</translation>
    </message>
</context>
<context>
    <name>Stack</name>
    <message>
        <location filename="../core/stack/stack.cpp" line="94"/>
        <source>decision maker &apos;%1&apos;</source>
        <translation>Entscheider „%1“</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="120"/>
        <source>tool &apos;%1&apos;</source>
        <translation>Werkzeug „%1“</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="134"/>
        <source>tool &apos;%1&apos; cannot search its documents: %2</source>
        <translation>Werkzeug „%1“ kann seine Dokumente nicht durchsuchen: %2</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="140"/>
        <source>There are no stored documents to answer from yet. Store documents first, then ask again.</source>
        <translation>Es sind noch keine Dokumente gespeichert, aus denen geantwortet werden kann. Zuerst Dokumente speichern, dann erneut fragen.</translation>
    </message>
</context>
<context>
    <name>StackConfigSource</name>
    <message>
        <location filename="../core/stack/stackconfigsource.cpp" line="18"/>
        <source>the configuration %1 has no stack: section; add one with at least one tool</source>
        <translation>die Konfiguration %1 hat keinen Abschnitt stack:; einen mit mindestens einem Werkzeug hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfigsource.cpp" line="19"/>
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfigsource.cpp" line="68"/>
        <source>the stack configuration cannot be used: %1</source>
        <translation>die Stack-Konfiguration kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>StackSessions</name>
    <message>
        <location filename="../core/stack/stacksessions.cpp" line="23"/>
        <source>sessions database: %1</source>
        <translation>Sitzungsdatenbank: %1</translation>
    </message>
    <message>
        <location filename="../core/stack/stacksessions.cpp" line="105"/>
        <location filename="../core/stack/stacksessions.cpp" line="141"/>
        <source>there is no session %1</source>
        <translation>es gibt keine Sitzung %1</translation>
    </message>
    <message>
        <location filename="../core/stack/stacksessions.cpp" line="110"/>
        <source>the session has already ended</source>
        <translation>die Sitzung ist bereits beendet</translation>
    </message>
    <message>
        <location filename="../core/stack/stacksessions.cpp" line="171"/>
        <source>the stack has no rag tool to store documents for (add a tool with kind: rag)</source>
        <translation>der Stack hat kein rag-Werkzeug, das Dokumente speichert (ein Werkzeug mit kind: rag hinzufügen)</translation>
    </message>
</context>
<context>
    <name>TokenKey</name>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="24"/>
        <source>%1 is empty; set a long random secret or remove it</source>
        <translation>%1 ist leer; ein langes zufälliges Geheimnis setzen oder den Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="28"/>
        <source>%1 is the publicly known default &apos;your-secret-key&apos;, which would let anyone forge tokens; set a long random secret or remove it to have one generated</source>
        <translation>%1 ist der öffentlich bekannte Standardwert „your-secret-key“, mit dem jeder Tokens fälschen könnte; ein langes zufälliges Geheimnis setzen oder den Eintrag entfernen, damit eines erzeugt wird</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="41"/>
        <source>cannot read the token key file %1: %2</source>
        <translation>die Token-Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="46"/>
        <source>the token key file %1 holds fewer than %2 bytes; delete it to have a new key generated</source>
        <translation>die Token-Schlüsseldatei %1 enthält weniger als %2 Bytes; sie löschen, damit ein neuer Schlüssel erzeugt wird</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="53"/>
        <source>key file %1</source>
        <translation>Schlüsseldatei %1</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="61"/>
        <source>cannot create the token key file %1: %2</source>
        <translation>die Token-Schlüsseldatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="64"/>
        <source>key file %1 (new)</source>
        <translation>Schlüsseldatei %1 (neu)</translation>
    </message>
</context>
<context>
    <name>ToolRounds</name>
    <message>
        <location filename="../core/mcp/toolrounds.cpp" line="45"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/mcp/toolrounds.cpp" line="115"/>
        <source>The person did not allow this call.</source>
        <translation>Die Person hat diesen Aufruf nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="26"/>
        <source>not a Word document (no %1 inside)</source>
        <translation>kein Word-Dokument (%1 fehlt)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="31"/>
        <source>the Word document is too large to read (%1 over 256 MB)</source>
        <translation>das Word-Dokument ist zu groß zum Lesen (%1 über 256 MB)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="36"/>
        <source>the Word document is damaged: %1</source>
        <translation>das Word-Dokument ist beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="49"/>
        <source>the Word document is damaged (cannot unpack %1)</source>
        <translation>das Word-Dokument ist beschädigt (%1 lässt sich nicht entpacken)</translation>
    </message>
</context>
<context>
    <name>WordVectorTable</name>
    <message>
        <location filename="../core/llm/builtin/wordvectortable.cpp" line="38"/>
        <source>Word vector table %1: %2</source>
        <translation>Wortvektor-Tabelle %1: %2</translation>
    </message>
    <message>
        <location filename="../core/llm/builtin/wordvectortable.cpp" line="45"/>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/llm/builtin/wordvectortable.cpp" line="50"/>
        <source>the file is too short</source>
        <translation>die Datei ist zu kurz</translation>
    </message>
    <message>
        <location filename="../core/llm/builtin/wordvectortable.cpp" line="57"/>
        <source>not a word table of version %1</source>
        <translation>keine Worttabelle der Version %1</translation>
    </message>
    <message>
        <location filename="../core/llm/builtin/wordvectortable.cpp" line="66"/>
        <location filename="../core/llm/builtin/wordvectortable.cpp" line="80"/>
        <source>the file is truncated or damaged</source>
        <translation>die Datei ist abgeschnitten oder beschädigt</translation>
    </message>
</context>
<context>
    <name>aistack::BackgroundSave</name>
    <message>
        <location filename="../ui/widgets/backgroundsave.cpp" line="16"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>aistack::ChatPane</name>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="104"/>
        <source>That version could not be shown: %1</source>
        <translation>Diese Version konnte nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="123"/>
        <source>The switch was not kept: %1</source>
        <translation>Die Umschaltung wurde nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="192"/>
        <source>The models could not be listed: %1</source>
        <translation>Die Modelle konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="201"/>
        <source>No language model: answers quote the passages of your documents that best match. Add a model to a stack tool (ai_client) for real answers.</source>
        <translation>Kein Sprachmodell: Die Antworten zitieren die am besten passenden Textstellen Ihrer Dokumente. Für echte Antworten einem Stack-Werkzeug ein Modell hinzufügen (ai_client).</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="206"/>
        <source>No model configured</source>
        <translation>Kein Modell konfiguriert</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="213"/>
        <source>Ask a question below.

Answers come from %1; with “Use my documents” on, from the documents added in the Documents pane too, with their sources under each answer.</source>
        <translation>Stellen Sie unten eine Frage.

Die Antworten kommen von %1; mit eingeschaltetem „Meine Dokumente verwenden“ auch aus den im Bereich Dokumente hinzugefügten Dokumenten, mit ihren Quellen unter jeder Antwort.</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="222"/>
        <location filename="../ui/chat/chatpane.cpp" line="241"/>
        <source>Stop the answer first (Esc).</source>
        <translation>Zuerst die Antwort anhalten (Esc).</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="226"/>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="474"/>
        <source>The last answer is on the clipboard.</source>
        <translation>Die letzte Antwort ist in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="485"/>
        <source>Feedback is switched off in the configuration (user_data_collection.feedback_enabled).</source>
        <translation>Rückmeldungen sind in der Konfiguration ausgeschaltet (user_data_collection.feedback_enabled).</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="501"/>
        <source>The feedback was not stored: %1</source>
        <translation>Die Rückmeldung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="505"/>
        <source>Thank you: the feedback is stored.</source>
        <translation>Danke, die Rückmeldung ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>aistack::CodeBlock</name>
    <message>
        <location filename="../ui/widgets/codeblock.cpp" line="24"/>
        <location filename="../ui/widgets/codeblock.cpp" line="33"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/codeblock.cpp" line="26"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/codeblock.cpp" line="27"/>
        <source>Copy this code to the clipboard</source>
        <translation>Diesen Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/widgets/codeblock.cpp" line="32"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../ui/widgets/codeblock.cpp" line="38"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/widgets/codeblock.cpp" line="57"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>aistack::Composer</name>
    <message>
        <location filename="../ui/chat/composer.cpp" line="45"/>
        <source>Use my documents</source>
        <translation>Meine Dokumente verwenden</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="46"/>
        <location filename="../ui/chat/composer.cpp" line="124"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="49"/>
        <source>Editing the last question: sending keeps the earlier answer as a version.</source>
        <translation>Die letzte Frage wird bearbeitet: Beim Senden bleibt die frühere Antwort als Version erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="51"/>
        <source>Cancel edit</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="52"/>
        <source>Cancel editing the last question</source>
        <translation>Bearbeiten der letzten Frage abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="63"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="64"/>
        <source>The model that answers (the models /v1/models lists)</source>
        <translation>Das Modell, das antwortet (die Modelle, die /v1/models auflistet)</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="67"/>
        <source>Answer from the documents added in the Documents pane (retrieval), for this conversation</source>
        <translation>Aus den im Bereich Dokumente hinzugefügten Dokumenten antworten (Retrieval), für diese Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="71"/>
        <location filename="../ui/chat/composer.cpp" line="125"/>
        <source>Send the question</source>
        <translation>Die Frage senden</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="76"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="124"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="125"/>
        <source>Stop the answer (Esc)</source>
        <translation>Die Antwort anhalten (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="126"/>
        <source>Stop the answer (Esc); what was written is kept</source>
        <translation>Die Antwort anhalten (Esc); das bereits Geschriebene bleibt erhalten</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="126"/>
        <source>Send (Enter)</source>
        <translation>Senden (Enter)</translation>
    </message>
</context>
<context>
    <name>aistack::ConversationList</name>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="22"/>
        <location filename="../ui/chat/conversationlist.cpp" line="28"/>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="27"/>
        <source>New conversation (Ctrl+N)</source>
        <translation>Neue Unterhaltung (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="30"/>
        <source>Search conversations (Ctrl+F)</source>
        <translation>Unterhaltungen durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="31"/>
        <source>Search conversations</source>
        <translation>Unterhaltungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="34"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="81"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="85"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="122"/>
        <source>The conversations could not be read: %1</source>
        <translation>Die Unterhaltungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="152"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="153"/>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="154"/>
        <source>Export as JSON…</source>
        <translation>Als JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="156"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="166"/>
        <source>Rename conversation</source>
        <translation>Unterhaltung umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="167"/>
        <source>Title (empty: the first question):</source>
        <translation>Titel (leer: die erste Frage):</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="173"/>
        <source>The conversation was not renamed: %1</source>
        <translation>Die Unterhaltung wurde nicht umbenannt: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="183"/>
        <source>Delete conversation</source>
        <translation>Unterhaltung löschen</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="184"/>
        <source>Delete “%1” and all its messages? API clients will no longer find it either. This cannot be undone.</source>
        <translation>„%1“ mit allen Nachrichten löschen? Auch API-Clients finden die Unterhaltung dann nicht mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="191"/>
        <source>The conversation was not deleted: %1</source>
        <translation>Die Unterhaltung wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="203"/>
        <source>conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="206"/>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="206"/>
        <source>Export as Markdown</source>
        <translation>Als Markdown exportieren</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="208"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="208"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="213"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="214"/>
        <source>The conversation was not exported: %1</source>
        <translation>Die Unterhaltung wurde nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>aistack::ConversationListModel</name>
    <message>
        <location filename="../ui/chat/conversationlistmodel.cpp" line="20"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlistmodel.cpp" line="22"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chat/conversationlistmodel.cpp" line="129"/>
        <source>%1, %n turn(s)</source>
        <translation>
            <numerusform>%1, %n Runde</numerusform>
            <numerusform>%1, %n Runden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chat/conversationlistmodel.cpp" line="131"/>
        <source>%1
Last message: %2
Model: %3/%4
%n turn(s)</source>
        <translation>
            <numerusform>%1
Letzte Nachricht: %2
Modell: %3/%4
%n Runde</numerusform>
            <numerusform>%1
Letzte Nachricht: %2
Modell: %3/%4
%n Runden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::ConversationReader</name>
    <message>
        <location filename="../ui/feedback/conversationreader.cpp" line="20"/>
        <source>Conversation %1 (read only)</source>
        <translation>Unterhaltung %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/conversationreader.cpp" line="21"/>
        <source>Conversation, read only</source>
        <translation>Unterhaltung, schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../ui/feedback/conversationreader.cpp" line="27"/>
        <source>The conversation of user %1, shown read only. Loading…</source>
        <translation>Die Unterhaltung von Benutzer %1, schreibgeschützt angezeigt. Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/feedback/conversationreader.cpp" line="32"/>
        <source>Turns</source>
        <translation>Runden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/feedback/conversationreader.cpp" line="54"/>
        <source>The conversation of user %1, shown read only: %n turn(s).</source>
        <translation>
            <numerusform>Die Unterhaltung von Benutzer %1, schreibgeschützt angezeigt: %n Runde.</numerusform>
            <numerusform>Die Unterhaltung von Benutzer %1, schreibgeschützt angezeigt: %n Runden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/feedback/conversationreader.cpp" line="68"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/feedback/conversationreader.cpp" line="75"/>
        <source>The question the feedback is about</source>
        <translation>Die Frage, auf die sich die Rückmeldung bezieht</translation>
    </message>
</context>
<context>
    <name>aistack::DesktopHosting</name>
    <message>
        <location filename="../core/hosting/desktophosting.cpp" line="62"/>
        <source>Choose an address to listen on.</source>
        <translation>Wählen Sie eine Adresse, auf der empfangen werden soll.</translation>
    </message>
    <message>
        <location filename="../core/hosting/desktophosting.cpp" line="64"/>
        <source>The port must be between 0 and 65535.</source>
        <translation>Der Port muss zwischen 0 und 65535 liegen.</translation>
    </message>
    <message>
        <location filename="../core/hosting/desktophosting.cpp" line="66"/>
        <source>HTTPS needs both a certificate and its private key; choose both files or neither.</source>
        <translation>HTTPS braucht ein Zertifikat und seinen privaten Schlüssel; wählen Sie beide Dateien oder keine.</translation>
    </message>
</context>
<context>
    <name>aistack::DiffDialog</name>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="29"/>
        <source>Changes against the running configuration</source>
        <translation>Änderungen gegenüber der laufenden Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="35"/>
        <source>The editor holds the running configuration %1: no changes.</source>
        <translation>Der Editor enthält die laufende Konfiguration %1: keine Änderungen.</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="36"/>
        <source>Against the running configuration %1: %2 and %3.</source>
        <translation>Gegenüber der laufenden Konfiguration %1: %2 und %3.</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="38"/>
        <source>1 line removed</source>
        <translation>1 Zeile entfernt</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="39"/>
        <source>%1 lines removed</source>
        <translation>%1 Zeilen entfernt</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="40"/>
        <source>1 line added</source>
        <translation>1 Zeile hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="40"/>
        <source>%1 lines added</source>
        <translation>%1 Zeilen hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="43"/>
        <source>Line differences</source>
        <translation>Zeilenunterschiede</translation>
    </message>
</context>
<context>
    <name>aistack::DocumentsPane</name>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="92"/>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="93"/>
        <source>The rag tool whose documents are shown and added to</source>
        <translation>Das rag-Werkzeug, dessen Dokumente angezeigt und ergänzt werden</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="96"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="97"/>
        <source>Add documents (%1); you can also drop files and folders on this pane</source>
        <translation>Dokumente hinzufügen (%1); Dateien und Ordner lassen sich auch auf diesen Bereich ziehen</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="100"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="101"/>
        <source>Add every document in a folder and its subfolders</source>
        <translation>Alle Dokumente eines Ordners und seiner Unterordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="102"/>
        <source>Watch folder…</source>
        <translation>Ordner beobachten…</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="103"/>
        <source>Add a folder and keep it in step: new and changed files are added, deleted ones removed</source>
        <translation>Einen Ordner hinzufügen und synchron halten: neue und geänderte Dateien werden hinzugefügt, gelöschte entfernt</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="105"/>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="106"/>
        <source>Queue every failed or cancelled file again</source>
        <translation>Alle fehlgeschlagenen oder abgebrochenen Dateien erneut einreihen</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="107"/>
        <location filename="../ui/documents/documentspane.cpp" line="410"/>
        <source>Re-index all</source>
        <translation>Alle neu indizieren</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="108"/>
        <source>Parse, chunk and embed every stored document again</source>
        <translation>Alle gespeicherten Dokumente erneut einlesen, in Chunks teilen und einbetten</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="111"/>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="112"/>
        <source>Filter documents by name</source>
        <translation>Dokumente nach Name filtern</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="115"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="116"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="116"/>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="116"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="116"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="124"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="140"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="156"/>
        <source>Watched folders</source>
        <translation>Beobachtete Ordner</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="159"/>
        <source>Stop watching</source>
        <translation>Nicht mehr beobachten</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="174"/>
        <source>Collection:</source>
        <translation>Sammlung:</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="185"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="216"/>
        <source>Add documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="217"/>
        <source>Documents (%1);;All files (*)</source>
        <translation>Dokumente (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="222"/>
        <source>Add a folder</source>
        <translation>Einen Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="228"/>
        <source>Watch a folder</source>
        <translation>Einen Ordner beobachten</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="258"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="274"/>
        <source>The stack has no rag tool, so there is nowhere to add documents. Add a tool with kind: rag in the Stack pane.</source>
        <translation>Der Stack hat kein rag-Werkzeug, daher können nirgends Dokumente hinzugefügt werden. Fügen Sie im Bereich Stack ein Werkzeug mit kind: rag hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="308"/>
        <source>The documents of %1 could not be listed: %2</source>
        <translation>Die Dokumente von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/documentspane.cpp" line="322"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="323"/>
        <source>%1 chunks</source>
        <translation>%1 Chunks</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/documentspane.cpp" line="326"/>
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in Arbeit</numerusform>
            <numerusform>%n in Arbeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/documentspane.cpp" line="328"/>
        <source>%n failed or cancelled</source>
        <translation>
            <numerusform>%n fehlgeschlagen oder abgebrochen</numerusform>
            <numerusform>%n fehlgeschlagen oder abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/documentspane.cpp" line="330"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="364"/>
        <source>Remove documents</source>
        <translation>Dokumente entfernen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/documentspane.cpp" line="365"/>
        <source>Remove %n document(s) from %1? Their passages leave the collection, so answers no longer cite them. The files on disk stay.</source>
        <translation>
            <numerusform>%n Dokument aus %1 entfernen? Seine Textstellen werden aus der Sammlung entfernt, sodass Antworten es nicht mehr zitieren. Die Datei auf dem Datenträger bleibt erhalten.</numerusform>
            <numerusform>%n Dokumente aus %1 entfernen? Ihre Textstellen werden aus der Sammlung entfernt, sodass Antworten sie nicht mehr zitieren. Die Dateien auf dem Datenträger bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/documentspane.cpp" line="411"/>
        <source>Parse, chunk and embed %n document(s) again? Until each one is stored again, answers keep using the stored version.</source>
        <translation>
            <numerusform>%n Dokument erneut einlesen, in Chunks teilen und einbetten? Bis es neu gespeichert ist, verwenden Antworten weiterhin die gespeicherte Version.</numerusform>
            <numerusform>%n Dokumente erneut einlesen, in Chunks teilen und einbetten? Bis jedes neu gespeichert ist, verwenden Antworten weiterhin die gespeicherte Version.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="425"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="426"/>
        <source>Re-index</source>
        <translation>Neu indizieren</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="428"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="440"/>
        <source>Watched: new and changed files are added, deleted ones removed (Del stops watching)</source>
        <translation>Beobachtet: neue und geänderte Dateien werden hinzugefügt, gelöschte entfernt (Del beendet das Beobachten)</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="444"/>
        <source>Watched folders: none. “Watch folder…” keeps a folder in step with the collection.</source>
        <translation>Beobachtete Ordner: keine. „Ordner beobachten…“ hält einen Ordner synchron mit der Sammlung.</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="446"/>
        <source>Watched folders (new and changed files are added, deleted ones removed):</source>
        <translation>Beobachtete Ordner (neue und geänderte Dateien werden hinzugefügt, gelöschte entfernt):</translation>
    </message>
</context>
<context>
    <name>aistack::EmbeddedServer</name>
    <message>
        <location filename="../server/embeddedserver.cpp" line="70"/>
        <source>The new settings could not be used (%1); the server runs with its previous settings.</source>
        <translation>Die neuen Einstellungen konnten nicht verwendet werden (%1); der Server läuft mit seinen vorherigen Einstellungen.</translation>
    </message>
</context>
<context>
    <name>aistack::FeedbackDetail</name>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="21"/>
        <source>Feedback details</source>
        <translation>Details zur Rückmeldung</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="54"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="55"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="56"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="57"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="64"/>
        <source>Select a row to see the feedback in full.</source>
        <translation>Wählen Sie eine Zeile, um die Rückmeldung vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="82"/>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="85"/>
        <source>conversation %1</source>
        <translation>Unterhaltung %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="86"/>
        <source>configuration not recorded</source>
        <translation>Konfiguration nicht erfasst</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="86"/>
        <source>configuration %1</source>
        <translation>Konfiguration %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="89"/>
        <source>This row could not be read in full: %1</source>
        <translation>Diese Zeile konnte nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="94"/>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="95"/>
        <source>None</source>
        <translation>Keine Angabe</translation>
    </message>
</context>
<context>
    <name>aistack::FeedbackDialog</name>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="16"/>
        <source>Incorrect</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="17"/>
        <source>Not relevant</source>
        <translation>Nicht relevant</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="18"/>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="19"/>
        <source>Outdated information</source>
        <translation>Veraltete Informationen</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="20"/>
        <source>Unsafe</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="21"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="27"/>
        <source>Good answer</source>
        <translation>Gute Antwort</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="27"/>
        <source>Bad answer</source>
        <translation>Schlechte Antwort</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="28"/>
        <source>What was good about it? (optional)</source>
        <translation>Was war gut daran? (optional)</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="29"/>
        <source>What was wrong with it? (optional)</source>
        <translation>Was war falsch daran? (optional)</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="31"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="42"/>
        <location filename="../ui/chat/feedbackdialog.cpp" line="43"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="46"/>
        <source>Send feedback</source>
        <translation>Rückmeldung senden</translation>
    </message>
</context>
<context>
    <name>aistack::FeedbackModel</name>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="142"/>
        <source>Incorrect</source>
        <translation>Falsch</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="143"/>
        <source>Not relevant</source>
        <translation>Nicht relevant</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="144"/>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="145"/>
        <source>Outdated information</source>
        <translation>Veraltete Informationen</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="146"/>
        <source>Unsafe</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="147"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="166"/>
        <source>No thumbs given</source>
        <translation>Keine Bewertung abgegeben</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="166"/>
        <source>Thumbs up</source>
        <translation>Daumen hoch</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="166"/>
        <source>Thumbs down</source>
        <translation>Daumen runter</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="237"/>
        <source>This row could not be read in full: %1</source>
        <translation>Diese Zeile konnte nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="265"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="267"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="269"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="271"/>
        <source>Thumbs</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="273"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="275"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="277"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="279"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="281"/>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
</context>
<context>
    <name>aistack::FeedbackPane</name>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="45"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="45"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="47"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="47"/>
        <source>Show every row</source>
        <translation>Alle Zeilen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="48"/>
        <location filename="../ui/feedback/feedbackpane.cpp" line="448"/>
        <source>Open conversation</source>
        <translation>Unterhaltung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="49"/>
        <source>The desktop user&apos;s conversations open in Chat; others&apos; read only (Enter)</source>
        <translation>Unterhaltungen des Desktop-Benutzers öffnen sich im Chat, die anderer Benutzer schreibgeschützt (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="50"/>
        <location filename="../ui/feedback/feedbackpane.cpp" line="453"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="51"/>
        <source>Delete the selected feedback and its file (Del)</source>
        <translation>Die ausgewählte Rückmeldung und ihre Datei löschen (Del)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="52"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="53"/>
        <source>Save the rows shown as comma-separated values</source>
        <translation>Die angezeigten Zeilen als kommagetrennte Werte speichern</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="54"/>
        <source>Export JSON Lines…</source>
        <translation>JSON Lines exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="55"/>
        <source>Save the rows shown as JSON, one object per line</source>
        <translation>Die angezeigten Zeilen als JSON speichern, ein Objekt pro Zeile</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="56"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="57"/>
        <source>Read the feedback from the database again (F5)</source>
        <translation>Die Rückmeldungen erneut aus der Datenbank lesen (F5)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="64"/>
        <source>Search feedback</source>
        <translation>Rückmeldungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="65"/>
        <source>Search questions, answers, comments, users… (Ctrl+F)</source>
        <translation>Fragen, Antworten, Kommentare, Benutzer durchsuchen… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="69"/>
        <source>Thumbs</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="70"/>
        <source>Any thumbs</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="71"/>
        <source>Thumbs up</source>
        <translation>Daumen hoch</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="73"/>
        <source>Thumbs down</source>
        <translation>Daumen runter</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="75"/>
        <source>No thumbs</source>
        <translation>Ohne Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="77"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="79"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="91"/>
        <source>Only feedback given on this day or later</source>
        <translation>Nur Rückmeldungen von diesem Tag oder später</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="92"/>
        <source>Only feedback given on this day or earlier</source>
        <translation>Nur Rückmeldungen von diesem Tag oder früher</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="94"/>
        <source>From day</source>
        <translation>Ab Tag</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="94"/>
        <source>To day</source>
        <translation>Bis Tag</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="125"/>
        <source>Feedback</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="283"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="289"/>
        <source>The feedback could not be read: %1</source>
        <translation>Die Rückmeldungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="324"/>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="326"/>
        <source>Any user</source>
        <translation>Jeder Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="327"/>
        <source>%1 (desktop)</source>
        <translation>%1 (Desktop)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="376"/>
        <source>%1 of %2 shown, %3 👍 / %4 👎</source>
        <translation>%1 von %2 angezeigt, %3 👍 / %4 👎</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="385"/>
        <source>No feedback yet. Thumbs given in Chat or sent to /v1/feedback appear here.</source>
        <translation>Noch keine Rückmeldungen. Bewertungen aus dem Chat oder an /v1/feedback gesendete Rückmeldungen erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="386"/>
        <source>Feedback is switched off (user_data_collection.feedback_enabled).</source>
        <translation>Rückmeldungen sind ausgeschaltet (user_data_collection.feedback_enabled).</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="405"/>
        <source>Select a row to see the feedback in full.</source>
        <translation>Wählen Sie eine Zeile, um die Rückmeldung vollständig zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="449"/>
        <source>Copy question</source>
        <translation>Frage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="481"/>
        <source>The conversation could not be read: %1</source>
        <translation>Die Unterhaltung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="496"/>
        <source>Delete feedback</source>
        <translation>Rückmeldungen löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/feedback/feedbackpane.cpp" line="497"/>
        <source>Delete %n piece(s) of feedback? The rows and their files in the feedback storage are removed; this cannot be undone.</source>
        <translation>
            <numerusform>%n Rückmeldung löschen? Die Zeile und ihre Datei im Rückmeldungsspeicher werden entfernt; das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Rückmeldungen löschen? Die Zeilen und ihre Dateien im Rückmeldungsspeicher werden entfernt; das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="515"/>
        <source>Some feedback was not deleted: %1</source>
        <translation>Einige Rückmeldungen wurden nicht gelöscht: %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="526"/>
        <source>Export feedback as CSV</source>
        <translation>Rückmeldungen als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="526"/>
        <source>Export feedback as JSON Lines</source>
        <translation>Rückmeldungen als JSON Lines exportieren</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="528"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="528"/>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/feedback/feedbackpane.cpp" line="542"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="544"/>
        <source>The feedback was not exported: %1</source>
        <translation>Die Rückmeldungen wurden nicht exportiert: %1</translation>
    </message>
</context>
<context>
    <name>aistack::HostingForm</name>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="26"/>
        <source>Listen on</source>
        <translation>Empfangen auf</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="27"/>
        <source>This computer only keeps the server private; a network address opens it to every device that can reach this computer.</source>
        <translation>„Nur dieser Rechner“ hält den Server privat; eine Netzwerkadresse öffnet ihn für jedes Gerät, das diesen Rechner erreichen kann.</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="31"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="33"/>
        <location filename="../ui/server/hostingform.cpp" line="34"/>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="39"/>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="39"/>
        <source>Choose the TLS certificate</source>
        <translation>Das TLS-Zertifikat wählen</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="40"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="41"/>
        <source>TLS private key</source>
        <translation>Privater TLS-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="41"/>
        <source>Choose the TLS private key</source>
        <translation>Den privaten TLS-Schlüssel wählen</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="42"/>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="43"/>
        <location filename="../ui/server/hostingform.cpp" line="44"/>
        <source>none: plain HTTP</source>
        <translation>leer: unverschlüsseltes HTTP</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="47"/>
        <source>CORS origins</source>
        <translation>CORS-Ursprünge</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="48"/>
        <source>* (any) or https://app.example.com, …</source>
        <translation>* (alle) oder https://app.example.com, …</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="49"/>
        <source>Web pages from these origins may call the API from a browser; separate them with commas.</source>
        <translation>Webseiten dieser Ursprünge dürfen die API aus einem Browser aufrufen; mehrere durch Kommas trennen.</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="54"/>
        <source>Authentication is “noop”: anyone who can reach this computer over the network could act as any user. The server only listens beyond this computer when you allow it below (authentication.allow_noop_beyond_loopback), or configure noop-with-token, jwk-token or k8s authentication in the Stack pane.</source>
        <translation>Die Authentifizierung ist „noop“: Jeder, der diesen Rechner über das Netzwerk erreichen kann, könnte als beliebiger Benutzer handeln. Der Server empfängt nur dann über diesen Rechner hinaus, wenn Sie es unten erlauben (authentication.allow_noop_beyond_loopback) oder im Bereich Stack die Authentifizierung noop-with-token, jwk-token oder k8s konfigurieren.</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="58"/>
        <source>Let anyone on the network act as any user</source>
        <translation>Jedem im Netzwerk erlauben, als beliebiger Benutzer zu handeln</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="64"/>
        <source>Applied settings last until the app quits; the configuration file is not changed.</source>
        <translation>Angewendete Einstellungen gelten, bis die App beendet wird; die Konfigurationsdatei wird nicht geändert.</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="67"/>
        <source>Apply and restart</source>
        <translation>Anwenden und neu starten</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="69"/>
        <source>Check the settings, then restart the server with them (Enter in a field)</source>
        <translation>Die Einstellungen prüfen und den Server dann mit ihnen neu starten (Enter in einem Feld)</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="74"/>
        <source>&amp;Listen on:</source>
        <translation>&amp;Empfangen auf:</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="75"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="76"/>
        <source>TLS &amp;certificate:</source>
        <translation>TLS-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="77"/>
        <source>TLS private &amp;key:</source>
        <translation>Privater TLS-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="78"/>
        <source>C&amp;ORS origins:</source>
        <translation>C&amp;ORS-Ursprünge:</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="111"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="113"/>
        <source>Choose the file: %1</source>
        <translation>Die Datei wählen: %1</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="140"/>
        <source>This computer only (127.0.0.1)</source>
        <translation>Nur dieser Rechner (127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="141"/>
        <source>Every IPv4 network (0.0.0.0)</source>
        <translation>Alle IPv4-Netzwerke (0.0.0.0)</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="142"/>
        <source>Every network, IPv4 and IPv6 (::)</source>
        <translation>Alle Netzwerke, IPv4 und IPv6 (::)</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="146"/>
        <source>%1 only (%2)</source>
        <translation>Nur %1 (%2)</translation>
    </message>
</context>
<context>
    <name>aistack::IngestItemModel</name>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="132"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="134"/>
        <source>Parsing…</source>
        <translation>Wird eingelesen…</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="136"/>
        <source>Embedding %1 of %2 chunks</source>
        <translation>Einbetten: %1 von %2 Chunks</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="138"/>
        <source>Storing…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="140"/>
        <source>Stored (unchanged)</source>
        <translation>Gespeichert (unverändert)</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="140"/>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="142"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="144"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="146"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="148"/>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="169"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="171"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="277"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="279"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="281"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="283"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="285"/>
        <source>Chunks</source>
        <translation>Chunks</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="287"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="289"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>aistack::IngestProgressPanel</name>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="13"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="17"/>
        <source>Ingestion progress</source>
        <translation>Fortschritt beim Einlesen</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="20"/>
        <source>%v of %m files</source>
        <translation>%v von %m Dateien</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="24"/>
        <source>Cancel the ingestion</source>
        <translation>Das Einlesen abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="25"/>
        <source>Stop: the file being read and the queued files become cancelled; they can be retried</source>
        <translation>Anhalten: die gerade gelesene Datei und die eingereihten Dateien werden abgebrochen; sie lassen sich erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="44"/>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="45"/>
        <source>%1 chunks</source>
        <translation>%1 Chunks</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="47"/>
        <source>%1 files/s</source>
        <translation>%1 Dateien/s</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="49"/>
        <source>%1 chunks/s</source>
        <translation>%1 Chunks/s</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="51"/>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="52"/>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="54"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="56"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="59"/>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="61"/>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
</context>
<context>
    <name>aistack::LlmCall</name>
    <message>
        <location filename="../core/llm/llmcall.cpp" line="58"/>
        <source>The call was cancelled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>aistack::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="30"/>
        <source>AI Stack Desktop</source>
        <translation>AI Stack Desktop</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="35"/>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Feedback</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>The Stack pane has edits that are not saved. Quit and lose them?</source>
        <translation>Im Bereich Stack gibt es Änderungen, die nicht gespeichert sind. Beenden und sie verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Listening on %1</source>
        <translation>Empfängt auf %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>Server failed: %1</source>
        <translation>Server fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>Server starting…</source>
        <translation>Server startet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Server stopping…</source>
        <translation>Server hält an…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Server stopped</source>
        <translation>Server angehalten</translation>
    </message>
</context>
<context>
    <name>aistack::McpServersPanel</name>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="29"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="29"/>
        <source>&amp;Test call</source>
        <translation>&amp;Testaufruf</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="30"/>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="198"/>
        <source>Ar&amp;guments (JSON): select a tool above</source>
        <translation>Ar&amp;gumente (JSON): oben ein Werkzeug wählen</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="31"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="35"/>
        <source>&amp;MCP servers</source>
        <translation>&amp;MCP-Server</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="42"/>
        <source>MCP servers and their tools</source>
        <translation>MCP-Server und ihre Werkzeuge</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="43"/>
        <source>Server or tool</source>
        <translation>Server oder Werkzeug</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="43"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="43"/>
        <source>Address or description</source>
        <translation>Adresse oder Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="51"/>
        <source>Ask every server for its tools again</source>
        <translation>Alle Server erneut nach ihren Werkzeugen fragen</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="53"/>
        <source>Call the selected tool with these arguments, as the model would</source>
        <translation>Das gewählte Werkzeug mit diesen Argumenten aufrufen, wie es das Modell täte</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="61"/>
        <source>Arguments of the test call (JSON)</source>
        <translation>Argumente des Testaufrufs (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="62"/>
        <source>Select a tool above; its arguments go here as JSON.</source>
        <translation>Oben ein Werkzeug wählen; seine Argumente kommen hier als JSON hinein.</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="64"/>
        <source>Result of the test call</source>
        <translation>Ergebnis des Testaufrufs</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="111"/>
        <source>Asking the servers for their tools…</source>
        <translation>Die Server werden nach ihren Werkzeugen gefragt …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stack/mcpserverspanel.cpp" line="136"/>
        <source>online · %n tool(s)</source>
        <translation>
            <numerusform>online · %n Werkzeug</numerusform>
            <numerusform>online · %n Werkzeuge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="141"/>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="144"/>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="167"/>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2, erforderlich)</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="167"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="170"/>
        <source>%1
Arguments: %2</source>
        <translation>%1
Argumente: %2</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="179"/>
        <source>No MCP servers are configured (mcp_servers: name, url).</source>
        <translation>Keine MCP-Server konfiguriert (mcp_servers: name, url).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stack/mcpserverspanel.cpp" line="181"/>
        <source>%1 of %2 servers online, %n tool(s) for the models</source>
        <translation>
            <numerusform>%1 von %2 Servern online, %n Werkzeug für die Modelle</numerusform>
            <numerusform>%1 von %2 Servern online, %n Werkzeuge für die Modelle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="202"/>
        <source>Ar&amp;guments of %1 on %2 (JSON)</source>
        <translation>Ar&amp;gumente für %1 auf %2 (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="219"/>
        <source>Result of %1 on %2</source>
        <translation>Ergebnis von %1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="221"/>
        <source>Calling %1 on %2…</source>
        <translation>%1 wird auf %2 aufgerufen …</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="224"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="226"/>
        <source>Failed after %1:</source>
        <translation>Fehlgeschlagen nach %1:</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="226"/>
        <source>Answered in %1:</source>
        <translation>Antwort nach %1:</translation>
    </message>
</context>
<context>
    <name>aistack::MessageList</name>
    <message>
        <location filename="../ui/chat/messagelist.cpp" line="19"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chat/messagelist.cpp" line="140"/>
        <source>Show earlier messages (%n more)</source>
        <translation>
            <numerusform>Frühere Nachrichten anzeigen (%n weitere)</numerusform>
            <numerusform>Frühere Nachrichten anzeigen (%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::MetricsPane</name>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="52"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="61"/>
        <source>&amp;5 min</source>
        <translation>&amp;5 min</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="62"/>
        <source>Show the last 5 minutes</source>
        <translation>Die letzten 5 Minuten anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="65"/>
        <source>1 &amp;h</source>
        <translation>1 &amp;h</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="66"/>
        <source>Show the last hour</source>
        <translation>Die letzte Stunde anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="88"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="91"/>
        <source>Model for time to first token and queue wait</source>
        <translation>Modell für Zeit bis zum ersten Token und Wartezeit in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="92"/>
        <source>No model calls yet</source>
        <translation>Noch keine Modellaufrufe</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="103"/>
        <source>Freeze the charts; sampling goes on (Space)</source>
        <translation>Die Diagramme einfrieren; die Messung läuft weiter (Space)</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="105"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="107"/>
        <source>Export the visible series as CSV</source>
        <translation>Die sichtbaren Reihen als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="128"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="128"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="128"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="134"/>
        <source>Requests by protocol</source>
        <translation>Anfragen nach Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="134"/>
        <source>KISS</source>
        <translation>KISS</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="134"/>
        <source>Lightspeed</source>
        <translation>Lightspeed</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="134"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="135"/>
        <source>Requests by status</source>
        <translation>Anfragen nach Status</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="135"/>
        <source>2xx</source>
        <translation>2xx</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="135"/>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="135"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="136"/>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="137"/>
        <source>Open connections</source>
        <translation>Offene Verbindungen</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="137"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="137"/>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="138"/>
        <source>Sessions and stacks</source>
        <translation>Sitzungen und Stacks</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="138"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="138"/>
        <source>Stacks</source>
        <translation>Stacks</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="139"/>
        <source>Tokens per second</source>
        <translation>Token pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="139"/>
        <source>Generated</source>
        <translation>Erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="140"/>
        <source>Time to first token</source>
        <translation>Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="141"/>
        <source>Queue wait</source>
        <translation>Wartezeit in der Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="142"/>
        <source>Ingestion</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="142"/>
        <source>Chunks</source>
        <translation>Chunks</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="143"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="143"/>
        <source>Resident</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="144"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="144"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="240"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="240"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="241"/>
        <source>Resume the live charts</source>
        <translation>Die Live-Diagramme fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="241"/>
        <source>Pause the live charts</source>
        <translation>Die Live-Diagramme pausieren</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="242"/>
        <source>Paused at %1 — Space resumes</source>
        <translation>Pausiert um %1 — Space setzt fort</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="244"/>
        <source>Live, every second — Space pauses</source>
        <translation>Live, jede Sekunde — Space pausiert</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="286"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="286"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="290"/>
        <location filename="../ui/metrics/metricspane.cpp" line="296"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="293"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="297"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="297"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="311"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="312"/>
        <location filename="../ui/metrics/metricspane.cpp" line="358"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="313"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="316"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="329"/>
        <source>Requests: %1</source>
        <translation>Anfragen: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="331"/>
        <location filename="../ui/metrics/metricspane.cpp" line="341"/>
        <location filename="../ui/metrics/metricspane.cpp" line="376"/>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="339"/>
        <source>Errors (5xx): %1 %</source>
        <translation>Fehler (5xx): %1 %</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="339"/>
        <source>Errors (5xx): none</source>
        <translation>Fehler (5xx): keine</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="357"/>
        <source>%1 p95: %2</source>
        <translation>%1 p95: %2</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="359"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="361"/>
        <source>no requests</source>
        <translation>keine Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="364"/>
        <source>Open connections: %1</source>
        <translation>Offene Verbindungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="370"/>
        <source>Active sessions: %1</source>
        <translation>Aktive Sitzungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="375"/>
        <source>Tokens: %1</source>
        <translation>Token: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="378"/>
        <source>no calls yet</source>
        <translation>noch keine Aufrufe</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="378"/>
        <source>none in %1</source>
        <translation>keine in %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="383"/>
        <source>Ingestion: %1</source>
        <translation>Einlesen: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="383"/>
        <source>%1 chunks/s</source>
        <translation>%1 Chunks/s</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="384"/>
        <source>chunks per second</source>
        <translation>Chunks pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="388"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="389"/>
        <source>Memory: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="389"/>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="393"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="394"/>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="394"/>
        <source>% of one core</source>
        <translation>% eines Kerns</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="421"/>
        <location filename="../ui/metrics/metricspane.cpp" line="426"/>
        <source>Export metrics</source>
        <translation>Metriken exportieren</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="421"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>aistack::PromptEdit</name>
    <message>
        <location filename="../ui/chat/composer.cpp" line="17"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="18"/>
        <source>Ask a question (Enter sends, Shift+Enter adds a line)</source>
        <translation>Eine Frage stellen (Enter sendet, Shift+Enter fügt eine Zeile hinzu)</translation>
    </message>
</context>
<context>
    <name>aistack::RequestLogModel</name>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="55"/>
        <source>KISS</source>
        <translation>KISS</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="57"/>
        <source>Lightspeed</source>
        <translation>Lightspeed</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="61"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="146"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="148"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="150"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="152"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="154"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="156"/>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="158"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>aistack::RetrievalPreview</name>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="21"/>
        <source>Retrieval preview</source>
        <translation>Retrieval-Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="26"/>
        <source>Question to preview</source>
        <translation>Frage für die Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="27"/>
        <source>Type a question and press Enter to see the passages the chat would get</source>
        <translation>Eine Frage eingeben und Enter drücken, um die Textstellen zu sehen, die der Chat bekäme</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="32"/>
        <source>Passages</source>
        <translation>Textstellen</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="34"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="34"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="34"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="34"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="34"/>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="63"/>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="91"/>
        <source>No passage matches: the chat would answer without documents.</source>
        <translation>Keine Textstelle passt: Der Chat würde ohne Dokumente antworten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/retrievalpreview.cpp" line="92"/>
        <source>%n passage(s), best first, as the chat gets them</source>
        <translation>
            <numerusform>%n Textstelle, wie der Chat sie bekommt</numerusform>
            <numerusform>%n Textstellen, die beste zuerst, wie der Chat sie bekommt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::RetryingRequest</name>
    <message>
        <location filename="../core/llm/openai/retryingrequest.cpp" line="119"/>
        <source>no answer within %1 s (ai_client.timeout)</source>
        <translation>keine Antwort innerhalb von %1 s (ai_client.timeout)</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/retryingrequest.cpp" line="120"/>
        <source>no connection within %1 s (ai_client.connect_timeout)</source>
        <translation>keine Verbindung innerhalb von %1 s (ai_client.connect_timeout)</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/retryingrequest.cpp" line="122"/>
        <source>The provider timed out: %1.</source>
        <translation>Zeitüberschreitung beim Provider: %1.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/retryingrequest.cpp" line="129"/>
        <source>Cannot reach %1: %2. Check that the server runs and ai_client.base_url.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie, ob der Server läuft, und ai_client.base_url.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/retryingrequest.cpp" line="136"/>
        <source>The connection broke during the reply: %1</source>
        <translation>Die Verbindung brach während der Antwort ab: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/llm/openai/retryingrequest.cpp" line="179"/>
        <source>(tried %n times)</source>
        <translation>
            <numerusform>(%n Versuch)</numerusform>
            <numerusform>(%n Versuche)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::SecretDialog</name>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="21"/>
        <source>Store an API key in the keychain</source>
        <translation>Einen API-Schlüssel im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="25"/>
        <source>The key is kept in the system keychain, not in the file: the file only names the entry, as keychain:NAME, and aistack reads the key from the keychain at start.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nicht in der Datei: Die Datei nennt nur den Eintrag, als keychain:NAME, und aistack liest den Schlüssel beim Start aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="28"/>
        <source>Entry name</source>
        <translation>Eintragsname</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="29"/>
        <source>e.g. openai-key</source>
        <translation>z. B. openai-key</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="31"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="35"/>
        <source>Keychain status</source>
        <translation>Zustand des Schlüsselbunds</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="39"/>
        <source>&amp;Entry name:</source>
        <translation>&amp;Eintragsname:</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="40"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="42"/>
        <source>&amp;Store in keychain</source>
        <translation>&amp;Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="56"/>
        <source>Looking for the system keychain…</source>
        <translation>Der Schlüsselbund des Systems wird gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="62"/>
        <location filename="../ui/stack/secretdialog.cpp" line="101"/>
        <source>The system keychain is ready.</source>
        <translation>Der Schlüsselbund des Systems ist bereit.</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="64"/>
        <source>No keychain service is running on this computer (%1), so nothing can be stored. Write the key in the file as ${VARIABLE} instead and set that environment variable before starting aistack.</source>
        <translation>Auf diesem Rechner läuft kein Schlüsselbund-Dienst (%1), daher kann nichts gespeichert werden. Schreiben Sie den Schlüssel stattdessen als ${VARIABLE} in die Datei, und setzen Sie diese Umgebungsvariable, bevor Sie aistack starten.</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="99"/>
        <source>The entry name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>Der Eintragsname darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="108"/>
        <source>Storing…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="117"/>
        <source>The key was not stored: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>aistack::ServerPane</name>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="55"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="183"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="185"/>
        <source>Uptime:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="186"/>
        <source>Requests answered:</source>
        <translation>Beantwortete Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="187"/>
        <source>Open connections:</source>
        <translation>Offene Verbindungen:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="188"/>
        <source>Requests in flight:</source>
        <translation>Laufende Anfragen:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="306"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="309"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="312"/>
        <source>Listening</source>
        <translation>Empfangsbereit</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="315"/>
        <source>Stopping…</source>
        <translation>Hält an…</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="318"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="279"/>
        <source>not listening</source>
        <translation>nicht empfangsbereit</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="61"/>
        <source>Hosting</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="73"/>
        <location filename="../ui/server/serverpane.cpp" line="204"/>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="84"/>
        <source>Lightspeed</source>
        <translation>Lightspeed</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="86"/>
        <location filename="../ui/server/serverpane.cpp" line="132"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="87"/>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="96"/>
        <source>The menu key opens the actions of the current request</source>
        <translation>Die Menütaste öffnet die Aktionen der aktuellen Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="138"/>
        <source>Addresses the server is reached at</source>
        <translation>Adressen, unter denen der Server erreichbar ist</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="140"/>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="142"/>
        <source>Copy the selected address (Ctrl+C in the list)</source>
        <translation>Die ausgewählte Adresse kopieren (Ctrl+C in der Liste)</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="171"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="173"/>
        <source>Stop the server, letting requests in flight finish, and start it again</source>
        <translation>Den Server anhalten, wobei laufende Anfragen noch zu Ende laufen, und wieder starten</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="184"/>
        <source>Reach it at:</source>
        <translation>Erreichbar unter:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="211"/>
        <source>Show the requests of protocol</source>
        <translation>Anfragen nach Protokoll anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="212"/>
        <source>All protocols</source>
        <translation>Alle Protokolle</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="220"/>
        <source>Show the requests of status</source>
        <translation>Anfragen nach Status anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="221"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="222"/>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="223"/>
        <source>3xx redirect</source>
        <translation>3xx Umleitung</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="224"/>
        <source>4xx client error</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="225"/>
        <source>5xx server error</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="231"/>
        <source>Show the requests of client</source>
        <translation>Anfragen nach Client anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="232"/>
        <source>Client address contains…</source>
        <translation>Client-Adresse enthält…</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="312"/>
        <source>Listening (HTTPS)</source>
        <translation>Empfangsbereit (HTTPS)</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="325"/>
        <source>Stop server</source>
        <translation>Server anhalten</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="325"/>
        <source>Start server</source>
        <translation>Server starten</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="338"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="360"/>
        <source>Copy the request</source>
        <translation>Die Anfrage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="363"/>
        <source>Show only client %1</source>
        <translation>Nur Client %1 anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="364"/>
        <source>Show only %1 requests</source>
        <translation>Nur %1-Anfragen anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="366"/>
        <source>Show only status %1xx</source>
        <translation>Nur Status %1xx anzeigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/server/serverpane.cpp" line="376"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="377"/>
        <source>%1 of %2 requests</source>
        <translation>%1 von %2 Anfragen</translation>
    </message>
</context>
<context>
    <name>aistack::SessionTableModel</name>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="78"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="80"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="82"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="84"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="145"/>
        <source>Persistent</source>
        <translation>Dauerhaft</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="145"/>
        <source>Temporary</source>
        <translation>Temporär</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="153"/>
        <source>Initialised</source>
        <translation>Initialisiert</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="153"/>
        <source>Not initialised</source>
        <translation>Nicht initialisiert</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="161"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="163"/>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="163"/>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="176"/>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="178"/>
        <source>Scope</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="180"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="182"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="184"/>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="186"/>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="188"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="190"/>
        <source>Queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="192"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="194"/>
        <source>Peer address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="196"/>
        <source>Local/LAN</source>
        <translation>Lokal/LAN</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="198"/>
        <source>Config ID</source>
        <translation>Konfigurations-ID</translation>
    </message>
</context>
<context>
    <name>aistack::SessionsPane</name>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="61"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="62"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="112"/>
        <source>KISS sessions</source>
        <translation>KISS-Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="63"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="205"/>
        <source>Lightspeed users</source>
        <translation>Lightspeed-Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="76"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="82"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="84"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="157"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="249"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="111"/>
        <source>Filter sessions</source>
        <translation>Sitzungen filtern</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="123"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="124"/>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="124"/>
        <source>Active</source>
        <translation>Aktive</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="124"/>
        <source>Ended</source>
        <translation>Beendete</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="150"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="162"/>
        <source>Close…</source>
        <translation>Schließen…</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="151"/>
        <source>End the session&apos;s stack as the client&apos;s own close does; a temporary session ends and its documents are deleted (Delete)</source>
        <translation>Den Stack der Sitzung beenden, wie es das Schließen durch den Client selbst tut; eine temporäre Sitzung endet und ihre Dokumente werden gelöscht (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="155"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="167"/>
        <source>Revoke…</source>
        <translation>Widerrufen…</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="156"/>
        <source>End the session for good: its token and secret are refused from now on (Shift+Delete)</source>
        <translation>Die Sitzung endgültig beenden: Ihr Token und ihr Geheimnis werden ab sofort abgelehnt (Shift+Delete)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="158"/>
        <source>Save the list as shown as a CSV file (Ctrl+E)</source>
        <translation>Die Liste wie angezeigt als CSV-Datei speichern (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="204"/>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="208"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="208"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="208"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="224"/>
        <source>Turns</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="208"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="221"/>
        <source>Conversations of the selected user</source>
        <translation>Unterhaltungen des ausgewählten Benutzers</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="224"/>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="224"/>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="224"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="241"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="246"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="247"/>
        <source>Show the conversation&apos;s turns, read-only (Enter)</source>
        <translation>Die Runden der Unterhaltung schreibgeschützt anzeigen (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="250"/>
        <source>Save the list of users as shown as a CSV file (Ctrl+E)</source>
        <translation>Die Benutzerliste wie angezeigt als CSV-Datei speichern (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="258"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="541"/>
        <source>Select a user to list their conversations.</source>
        <translation>Wählen Sie einen Benutzer, um seine Unterhaltungen aufzulisten.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="298"/>
        <source>The sessions could not be read: %1</source>
        <translation>Die Sitzungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionspane.cpp" line="370"/>
        <source>%n session(s), %1 active</source>
        <translation>
            <numerusform>%n Sitzung, %1 aktiv</numerusform>
            <numerusform>%n Sitzungen, %1 aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionspane.cpp" line="372"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="418"/>
        <source>Revoke session %1? Its token and its secret are refused from now on, on every route; the client has to start a new session.</source>
        <translation>Sitzung %1 widerrufen? Ihr Token und ihr Geheimnis werden ab sofort auf jeder Route abgelehnt; der Client muss eine neue Sitzung starten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionspane.cpp" line="421"/>
        <source>Revoke %n sessions? Their tokens and secrets are refused from now on, on every route; the clients have to start new sessions.</source>
        <translation>
            <numerusform>%n Sitzung widerrufen? Ihr Token und ihr Geheimnis werden ab sofort auf jeder Route abgelehnt; der Client muss eine neue Sitzung starten.</numerusform>
            <numerusform>%n Sitzungen widerrufen? Ihre Tokens und Geheimnisse werden ab sofort auf jeder Route abgelehnt; die Clients müssen neue Sitzungen starten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="428"/>
        <source>Close session %1? It ends, and its documents are deleted.</source>
        <translation>Sitzung %1 schließen? Sie endet, und ihre Dokumente werden gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="429"/>
        <source>Close session %1? Its stack is taken down; it keeps its documents and may start it again.</source>
        <translation>Sitzung %1 schließen? Ihr Stack wird beendet; sie behält ihre Dokumente und kann ihn erneut starten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionspane.cpp" line="434"/>
        <source>Close %n sessions? Temporary ones end and their documents are deleted; persistent ones keep their documents and may start their stacks again.</source>
        <translation>
            <numerusform>%n Sitzung schließen? Ist sie temporär, endet sie und ihre Dokumente werden gelöscht; ist sie dauerhaft, behält sie ihre Dokumente und kann ihren Stack erneut starten.</numerusform>
            <numerusform>%n Sitzungen schließen? Temporäre enden und ihre Dokumente werden gelöscht; dauerhafte behalten ihre Dokumente und können ihre Stacks erneut starten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="439"/>
        <source>Revoke sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="439"/>
        <source>Close sessions</source>
        <translation>Sitzungen schließen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="448"/>
        <source>Session %1 was not revoked: %2</source>
        <translation>Sitzung %1 wurde nicht widerrufen: %2</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="449"/>
        <source>Session %1 was not closed: %2</source>
        <translation>Sitzung %1 wurde nicht geschlossen: %2</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="468"/>
        <source>Copy client ID</source>
        <translation>Client-ID kopieren</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="483"/>
        <source>Export sessions</source>
        <translation>Sitzungen exportieren</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="483"/>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="485"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="490"/>
        <source>The list was not saved: %1</source>
        <translation>Die Liste wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="500"/>
        <source>The users could not be read: %1</source>
        <translation>Die Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="545"/>
        <source>Conversations of %1 (Enter opens the selected one, read-only)</source>
        <translation>Unterhaltungen von %1 (Enter öffnet die ausgewählte, schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="551"/>
        <source>The conversations could not be read: %1</source>
        <translation>Die Unterhaltungen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>aistack::SourceOpener</name>
    <message>
        <location filename="../ui/chat/sourceopener.cpp" line="37"/>
        <source>%1 was added without a file on this computer, so it cannot be opened.</source>
        <translation>%1 wurde ohne Datei auf diesem Rechner hinzugefügt und kann daher nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceopener.cpp" line="38"/>
        <source>%1 is no longer at %2.</source>
        <translation>%1 liegt nicht mehr unter %2.</translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceopener.cpp" line="44"/>
        <location filename="../ui/chat/sourceopener.cpp" line="55"/>
        <location filename="../ui/chat/sourceopener.cpp" line="62"/>
        <source>No application opens %1.</source>
        <translation>Keine Anwendung öffnet %1.</translation>
    </message>
</context>
<context>
    <name>aistack::SourcesList</name>
    <message>
        <location filename="../ui/chat/sourceslist.cpp" line="43"/>
        <source>Sources (%1)</source>
        <translation>Quellen (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chat/sourceslist.cpp" line="44"/>
        <source>Sources: %n passage(s)</source>
        <translation>
            <numerusform>Quellen: %n Textstelle</numerusform>
            <numerusform>Quellen: %n Textstellen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceslist.cpp" line="65"/>
        <source>expanded</source>
        <translation>aufgeklappt</translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceslist.cpp" line="65"/>
        <source>collapsed</source>
        <translation>zugeklappt</translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceslist.cpp" line="83"/>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceslist.cpp" line="97"/>
        <source>score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceslist.cpp" line="99"/>
        <source>Source %1: %2, score %3</source>
        <translation>Quelle %1: %2, Score %3</translation>
    </message>
</context>
<context>
    <name>aistack::StackPane</name>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="48"/>
        <source>Stack</source>
        <translation>Stack</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="63"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="68"/>
        <source>&amp;Restart them</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="69"/>
        <source>Rebuild these sessions&apos; stacks on the configuration in force</source>
        <translation>Die Stacks dieser Sitzungen mit der geltenden Konfiguration neu aufbauen</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="77"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="78"/>
        <location filename="../ui/stack/stackpane.cpp" line="338"/>
        <source>Put this configuration in force without restarting (Ctrl+Return)</source>
        <translation>Diese Konfiguration ohne Neustart in Kraft setzen (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="79"/>
        <location filename="../ui/stack/stackpane.cpp" line="305"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="80"/>
        <source>Write the file, keeping the previous version as a .bak file (Ctrl+S)</source>
        <translation>Die Datei schreiben und die vorherige Version als .bak-Datei behalten (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="81"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="81"/>
        <source>Discard the edits</source>
        <translation>Die Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="84"/>
        <source>Reload the file from disk</source>
        <translation>Die Datei erneut vom Datenträger laden</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="86"/>
        <source>Load the running configuration</source>
        <translation>Die laufende Konfiguration laden</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="89"/>
        <source>&amp;Diff…</source>
        <translation>&amp;Unterschiede…</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="90"/>
        <source>Compare the editor with the running configuration (Ctrl+D)</source>
        <translation>Den Editor mit der laufenden Konfiguration vergleichen (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="92"/>
        <source>API &amp;key…</source>
        <translation>API-Sch&amp;lüssel…</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="93"/>
        <source>Store an API key in the system keychain and write keychain:NAME at the cursor</source>
        <translation>Einen API-Schlüssel im Schlüsselbund des Systems speichern und keychain:NAME an der Cursorposition einfügen</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="96"/>
        <source>Validation</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="106"/>
        <source>Configuration file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="108"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="109"/>
        <source>Enter or a click goes to the line</source>
        <translation>Enter oder ein Klick springt zur Zeile</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="114"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="240"/>
        <source>The file changed on disk and was loaded again. Apply puts it in force.</source>
        <translation>Die Datei wurde auf dem Datenträger geändert und neu geladen. „Anwenden“ setzt sie in Kraft.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="246"/>
        <source>The file changed on disk while you were editing it. Revert › Reload the file from disk shows that version (your edits go); Save replaces it with yours.</source>
        <translation>Die Datei wurde auf dem Datenträger geändert, während Sie sie bearbeitet haben. „Zurücksetzen › Die Datei erneut vom Datenträger laden“ zeigt diese Version (Ihre Änderungen gehen verloren); „Speichern“ ersetzt sie durch Ihre.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="288"/>
        <source>Running configuration %1, applied %2</source>
        <translation>Laufende Konfiguration %1, angewendet um %2</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="289"/>
        <source>Running configuration %1, loaded %2</source>
        <translation>Laufende Konfiguration %1, geladen um %2</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="291"/>
        <source>%1 · the built-in configuration</source>
        <translation>%1 · die eingebaute Konfiguration</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="292"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="296"/>
        <source>This is the built-in configuration, which is read-only. “Save a copy” writes it to %1, the file AI Stack Desktop reads at every start; you can then edit and apply it. Relative paths in the copy are made absolute, so the same database and documents stay in use.</source>
        <translation>Dies ist die eingebaute Konfiguration, die schreibgeschützt ist. „Kopie speichern“ schreibt sie nach %1, in die Datei, die AI Stack Desktop bei jedem Start liest; danach können Sie sie bearbeiten und anwenden. Relative Pfade in der Kopie werden absolut gemacht, sodass dieselbe Datenbank und dieselben Dokumente in Verwendung bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="305"/>
        <source>&amp;Save a copy</source>
        <translation>Kopie &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="313"/>
        <source>1 session keeps the previous configuration until it closes.</source>
        <translation>1 Sitzung behält die vorherige Konfiguration, bis sie geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="314"/>
        <source>%1 sessions keep the previous configuration until they close.</source>
        <translation>%1 Sitzungen behalten die vorherige Konfiguration, bis sie geschlossen werden.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="316"/>
        <source>Restart the session on the configuration in force</source>
        <translation>Die Sitzung mit der geltenden Konfiguration neu starten</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="317"/>
        <source>Restart the %1 sessions on the configuration in force</source>
        <translation>Die %1 Sitzungen mit der geltenden Konfiguration neu starten</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="325"/>
        <source>Busy…</source>
        <translation>Beschäftigt…</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="327"/>
        <source>The built-in configuration is read-only: save a copy first.</source>
        <translation>Die eingebaute Konfiguration ist schreibgeschützt: Speichern Sie zuerst eine Kopie.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="329"/>
        <location filename="../ui/stack/stackpane.cpp" line="348"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="331"/>
        <source>The file has problems; fix them to apply it.</source>
        <translation>Die Datei hat Probleme; beheben Sie sie, um sie anzuwenden.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="333"/>
        <source>This is the configuration in force.</source>
        <translation>Dies ist die geltende Konfiguration.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="350"/>
        <source>1 problem: cannot be applied</source>
        <translation>1 Problem: kann nicht angewendet werden</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="351"/>
        <source>%1 problems: cannot be applied</source>
        <translation>%1 Probleme: kann nicht angewendet werden</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="354"/>
        <source>Valid · in force</source>
        <translation>Gültig · in Kraft</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="354"/>
        <source>Valid · not applied yet</source>
        <translation>Gültig · noch nicht angewendet</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="357"/>
        <source> · unsaved changes</source>
        <translation> · ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="381"/>
        <source>Discard edits</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="381"/>
        <source>Discard the edits that are not saved?</source>
        <translation>Die nicht gespeicherten Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="409"/>
        <source>The editor holds the running configuration %1.</source>
        <translation>Der Editor enthält die laufende Konfiguration %1.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="464"/>
        <source>&amp;Problems: none</source>
        <translation>&amp;Probleme: keine</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="465"/>
        <source>&amp;Problems (%1) — Enter or a click goes to the line, F8 to the next</source>
        <translation>&amp;Probleme (%1) — Enter oder ein Klick springt zur Zeile, F8 zum nächsten</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="476"/>
        <source>Replace file</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="477"/>
        <source>%1 exists. Replace it? Its current version is kept as %2.</source>
        <translation>%1 existiert bereits. Ersetzen? Die aktuelle Version wird als %2 aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="489"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="498"/>
        <source>Saved %1. Apply puts it in force.</source>
        <translation>%1 gespeichert. „Anwenden“ setzt die Konfiguration in Kraft.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="499"/>
        <source>Saved %1; the previous version is %2. Apply puts it in force.</source>
        <translation>%1 gespeichert; die vorherige Version ist %2. „Anwenden“ setzt die Konfiguration in Kraft.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="514"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="524"/>
        <source>Not applied: %1</source>
        <translation>Nicht angewendet: %1</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="534"/>
        <source>Configuration %1 is in force: new sessions and new chat answers use it.</source>
        <translation>Konfiguration %1 ist in Kraft: Neue Sitzungen und neue Chat-Antworten verwenden sie.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="537"/>
        <source>The file was saved.</source>
        <translation>Die Datei wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="538"/>
        <source>The file was saved; the previous version is %1.</source>
        <translation>Die Datei wurde gespeichert; die vorherige Version ist %1.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="541"/>
        <source>Changes to %1 take effect at the next start.</source>
        <translation>Änderungen an %1 werden beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="582"/>
        <source>The key is stored in the keychain as %1; the file names it. Save and apply to use it.</source>
        <translation>Der Schlüssel ist im Schlüsselbund als %1 gespeichert; die Datei verweist darauf. Speichern und anwenden, um ihn zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="592"/>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="592"/>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="594"/>
        <source>Restart sessions</source>
        <translation>Sitzungen neu starten</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="595"/>
        <source>Rebuild the stacks of %1 on the configuration in force? Their documents stay; queries running now finish on the previous configuration.</source>
        <translation>Die Stacks von %1 mit der geltenden Konfiguration neu aufbauen? Ihre Dokumente bleiben erhalten; jetzt laufende Anfragen werden mit der vorherigen Konfiguration beendet.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="603"/>
        <source>1 session now uses the configuration in force.</source>
        <translation>1 Sitzung verwendet jetzt die geltende Konfiguration.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="604"/>
        <source>%1 sessions now use the configuration in force.</source>
        <translation>%1 Sitzungen verwenden jetzt die geltende Konfiguration.</translation>
    </message>
</context>
<context>
    <name>aistack::ToolCallsList</name>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="91"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="92"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="84"/>
        <source>Tool %1</source>
        <translation>Werkzeug %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="85"/>
        <source>Tool %1 on %2</source>
        <translation>Werkzeug %1 auf %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="87"/>
        <source>%1 · waiting for your approval</source>
        <translation>%1 · wartet auf Ihre Zustimmung</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="89"/>
        <source>%1 · running…</source>
        <translation>%1 · läuft …</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="93"/>
        <source>%1 · failed · %2</source>
        <translation>%1 · fehlgeschlagen · %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="93"/>
        <source>%1 · done · %2</source>
        <translation>%1 · fertig · %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="110"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="111"/>
        <source>Arguments of the tool call</source>
        <translation>Argumente des Werkzeugaufrufs</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="112"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="113"/>
        <source>Result of the tool call</source>
        <translation>Ergebnis des Werkzeugaufrufs</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="141"/>
        <source>Show or hide the call&apos;s arguments and result</source>
        <translation>Argumente und Ergebnis des Aufrufs zeigen oder verbergen</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="147"/>
        <source>(running)</source>
        <translation>(läuft)</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="157"/>
        <source>expanded</source>
        <translation>aufgeklappt</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="157"/>
        <source>collapsed</source>
        <translation>zugeklappt</translation>
    </message>
</context>
<context>
    <name>aistack::TranscriptDialog</name>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="29"/>
        <source>Conversation: %1</source>
        <translation>Unterhaltung: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="34"/>
        <source>Turns</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="43"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="71"/>
        <source>This conversation has no turns.</source>
        <translation>Diese Unterhaltung hat keine Runden.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="73"/>
        <source>Question, %1</source>
        <translation>Frage, %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="85"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="86"/>
        <source>Answer by %1 (%2)</source>
        <translation>Antwort von %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="104"/>
        <source>The conversation could not be read: %1</source>
        <translation>Die Unterhaltung konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>aistack::TurnWidget</name>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="56"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="60"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="60"/>
        <source>Edit this question and ask again</source>
        <translation>Diese Frage bearbeiten und erneut stellen</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="70"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="76"/>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="85"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="91"/>
        <source>Answer details</source>
        <translation>Details zur Antwort</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="93"/>
        <source>Previous version</source>
        <translation>Vorherige Version</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="94"/>
        <source>Next version</source>
        <translation>Nächste Version</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="96"/>
        <location filename="../ui/chat/turnwidget.cpp" line="167"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="96"/>
        <source>Copy the answer</source>
        <translation>Die Antwort kopieren</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="97"/>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="98"/>
        <source>Regenerate the answer (the earlier one is kept as a version)</source>
        <translation>Die Antwort neu erzeugen (die frühere bleibt als Version erhalten)</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="99"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="99"/>
        <source>Good answer</source>
        <translation>Gute Antwort</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="100"/>
        <source>Bad</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="100"/>
        <source>Bad answer</source>
        <translation>Schlechte Antwort</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="105"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="105"/>
        <source>Ask this question again</source>
        <translation>Diese Frage erneut stellen</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="148"/>
        <source>Run these calls once</source>
        <translation>Diese Aufrufe einmal ausführen</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="149"/>
        <source>Run them, and run calls of these tools without asking until aistack stops</source>
        <translation>Ausführen, und Aufrufe dieser Werkzeuge bis zum Beenden von aistack ohne Nachfrage ausführen</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="150"/>
        <source>Do not run them: the model is told they were not allowed</source>
        <translation>Nicht ausführen: das Modell erfährt, dass sie nicht erlaubt wurden</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="166"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="217"/>
        <source>first token %1 s</source>
        <translation>erstes Token %1 s</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="220"/>
        <source>%1 tokens/s</source>
        <translation>%1 Token/s</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="222"/>
        <source>~%1 → ~%2 tokens</source>
        <translation>~%1 → ~%2 Token</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="222"/>
        <source>%1 → %2 tokens</source>
        <translation>%1 → %2 Token</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="225"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="227"/>
        <source>configuration %1</source>
        <translation>Konfiguration %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="243"/>
        <source>Waiting for your answer…</source>
        <translation>Wartet auf Ihre Antwort …</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="246"/>
        <source>Calling %1…</source>
        <translation>%1 wird aufgerufen …</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="247"/>
        <source>Thinking…</source>
        <translation>Denkt nach…</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="287"/>
        <source>%1 on %2 with %3</source>
        <translation>%1 auf %2 mit %3</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="288"/>
        <source>The model wants to call:
%1</source>
        <translation>Das Modell möchte aufrufen:
%1</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="244"/>
        <source>Writing…</source>
        <translation>Schreibt…</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="48"/>
        <source>&amp;Allow</source>
        <translation>&amp;Erlauben</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="48"/>
        <source>Always allow &amp;this tool</source>
        <translation>&amp;Dieses Werkzeug immer erlauben</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="49"/>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="250"/>
        <source>Stopped before the model answered.</source>
        <translation>Angehalten, bevor das Modell antwortete.</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="250"/>
        <source>Stopped before the end.</source>
        <translation>Vor dem Ende angehalten.</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="266"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="267"/>
        <source>Version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/commandline.cpp" line="12"/>
        <source>AI Stack Desktop: chat with an AI stack, feed it documents, and serve it on the network (KISS AI Stack and Lightspeed Core Service APIs).</source>
        <translation>AI Stack Desktop: mit einem AI-Stack chatten, ihn mit Dokumenten versorgen und im Netzwerk bereitstellen (APIs von KISS AI Stack und Lightspeed Core Service).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="18"/>
        <source>Read the configuration from &lt;path&gt;.</source>
        <translation>Die Konfiguration aus &lt;path&gt; lesen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="21"/>
        <source>Run the server without a window.</source>
        <translation>Den Server ohne Fenster ausführen.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="24"/>
        <source>Listen on &lt;address&gt; (overrides service.host).</source>
        <translation>Auf &lt;address&gt; empfangen (überschreibt service.host).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>Listen on &lt;port&gt; (overrides service.port; 0 picks a free port).</source>
        <translation>Auf &lt;port&gt; empfangen (überschreibt service.port; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>Validate the configuration, print any errors, and exit (0: valid, 1: errors).</source>
        <translation>Die Konfiguration prüfen, etwaige Fehler ausgeben und beenden (0: gültig, 1: Fehler).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37"/>
        <source>Add the document at &lt;path&gt; (or every supported file in the folder) to the stack&apos;s first rag tool at start. Repeatable.</source>
        <translation>Beim Start das Dokument unter &lt;path&gt; (oder jede unterstützte Datei im Ordner) zum ersten rag-Werkzeug des Stacks hinzufügen. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="43"/>
        <source>Write pictures of each pane with sample content (light and dark) to &lt;folder&gt; and exit; needs no display and touches no user data.</source>
        <translation>Bilder jedes Bereichs mit Beispielinhalt (hell und dunkel) nach &lt;folder&gt; schreiben und beenden; braucht keinen Bildschirm und berührt keine Benutzerdaten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="56"/>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="71"/>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein</translation>
    </message>
</context>
</TS>
