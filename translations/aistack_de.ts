<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BuiltinProvider</name>
    <message>
        <location filename="../core/llm/builtin/builtinprovider.cpp" line="25"/>
        <source>The builtin embedder only computes embeddings; configure a chat model.</source>
        <translation>Der eingebaute Embedder berechnet nur Embeddings; konfigurieren Sie ein Chat-Modell.</translation>
    </message>
    <message>
        <location filename="../core/llm/builtin/builtinprovider.cpp" line="40"/>
        <source>Unknown embedding model &apos;%1&apos;; the builtin one is &apos;%2&apos;.</source>
        <translation>Unbekanntes Embedding-Modell „%1“; das eingebaute heißt „%2“.</translation>
    </message>
</context>
<context>
    <name>DocumentLibrary</name>
    <message>
        <location filename="../core/rag/documentlibrary.cpp" line="48"/>
        <source>the stack has no rag tool to store documents for (add a tool with kind: rag)</source>
        <translation>der Stack hat kein rag-Werkzeug, das Dokumente speichert (ein Werkzeug mit kind: rag hinzufügen)</translation>
    </message>
    <message>
        <location filename="../core/rag/documentlibrary.cpp" line="49"/>
        <source>the stack has no rag tool named &apos;%1&apos;</source>
        <translation>der Stack hat kein rag-Werkzeug namens „%1“</translation>
    </message>
    <message>
        <location filename="../core/rag/documentlibrary.cpp" line="59"/>
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
        <location filename="../core/rag/parse/docxparser.cpp" line="24"/>
        <source>not a Word document (no %1 inside)</source>
        <translation>kein Word-Dokument (%1 fehlt)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="29"/>
        <source>the Word document is too large to read (%1 over 256 MB)</source>
        <translation>das Word-Dokument ist zu groß zum Lesen (%1 über 256 MB)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="34"/>
        <source>the Word document is damaged: %1</source>
        <translation>das Word-Dokument ist beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="41"/>
        <source>the Word document is damaged (cannot unpack %1)</source>
        <translation>das Word-Dokument ist beschädigt (%1 lässt sich nicht entpacken)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="107"/>
        <source>the Word document is damaged (%1 at line %2)</source>
        <translation>das Word-Dokument ist beschädigt (%1 in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="136"/>
        <source>not a readable ZIP archive: %1</source>
        <translation>kein lesbares ZIP-Archiv: %1</translation>
    </message>
</context>
<context>
    <name>ExtractiveAnswer</name>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="85"/>
        <source>%1, page %2</source>
        <translation>%1, Seite %2</translation>
    </message>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="92"/>
        <source>No language model is configured, so this tool cannot answer. Add an ai_client to the tool in the stack configuration: provider openai, ollama or llama_stack with a model (and base_url and api_key where needed), or provider local with the model_path of a GGUF file.</source>
        <translation>Es ist kein Sprachmodell konfiguriert, daher kann dieses Werkzeug nicht antworten. Ergänzen Sie in der Stack-Konfiguration ein ai_client für das Werkzeug: provider openai, ollama oder llama_stack mit einem model (und bei Bedarf base_url und api_key) oder provider local mit dem model_path einer GGUF-Datei.</translation>
    </message>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="100"/>
        <source>No language model is configured, and none of the stored documents matches the question.</source>
        <translation>Es ist kein Sprachmodell konfiguriert, und keines der gespeicherten Dokumente passt zur Frage.</translation>
    </message>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="127"/>
        <source>No language model is configured, so here are the passages of the stored documents that best match the question:</source>
        <translation>Es ist kein Sprachmodell konfiguriert; hier sind die Stellen der gespeicherten Dokumente, die am besten zur Frage passen:</translation>
    </message>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="142"/>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>IngestionPipeline</name>
    <message>
        <location filename="../core/rag/ingest/ingestionpipeline.cpp" line="21"/>
        <source>%1: cancelled; nothing was stored</source>
        <translation>%1: abgebrochen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../core/rag/ingest/ingestionpipeline.cpp" line="62"/>
        <source>%1: embedding failed: %2</source>
        <translation>%1: Einbettung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/ingest/ingestionpipeline.cpp" line="80"/>
        <source>%1: could not be stored: %2</source>
        <translation>%1: konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/ingest/ingestionpipeline.cpp" line="183"/>
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
        <location filename="../core/rag/parse/jsonparser.cpp" line="54"/>
        <source>invalid JSON: %1 at byte %2</source>
        <translation>ungültiges JSON: %1 bei Byte %2</translation>
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
        <location filename="../server/kiss/kisswebsocket.cpp" line="77"/>
        <source>Binary frames are not supported; send JSON text frames</source>
        <translation>Binäre Frames werden nicht unterstützt; JSON-Text-Frames senden</translation>
    </message>
    <message>
        <location filename="../server/kiss/kisswebsocket.cpp" line="80"/>
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
        <location filename="../core/llm/local/localengine.cpp" line="84"/>
        <source>The model %1 was unloaded.</source>
        <translation>Das Modell %1 wurde entladen.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="113"/>
        <source>The model file %1 does not exist; check ai_client.model_path.</source>
        <translation>Die Modelldatei %1 existiert nicht; prüfen Sie ai_client.model_path.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="119"/>
        <source>The file %1 could not be loaded as a GGUF model (wrong format or damaged).</source>
        <translation>Die Datei %1 konnte nicht als GGUF-Modell geladen werden (falsches Format oder beschädigt).</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="133"/>
        <source>llama.cpp could not create a context of %1 tokens for %2 (ai_client.context_size).</source>
        <translation>llama.cpp konnte keinen Kontext mit %1 Token für %2 anlegen (ai_client.context_size).</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="161"/>
        <source>The model %1 cannot compute embeddings.</source>
        <translation>Das Modell %1 kann keine Embeddings berechnen.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="199"/>
        <source>The prompt has %1 tokens; the model&apos;s context holds %2 (ai_client.context_size).</source>
        <translation>Der Prompt hat %1 Token; der Kontext des Modells fasst %2 (ai_client.context_size).</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="207"/>
        <source>llama.cpp failed to read the prompt.</source>
        <translation>llama.cpp konnte den Prompt nicht verarbeiten.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="286"/>
        <source>llama.cpp failed while generating.</source>
        <translation>llama.cpp ist beim Generieren gescheitert.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="328"/>
        <source>llama.cpp failed to embed a text.</source>
        <translation>llama.cpp konnte für einen Text kein Embedding berechnen.</translation>
    </message>
</context>
<context>
    <name>NoModelProvider</name>
    <message>
        <location filename="../core/llm/nomodelprovider.cpp" line="42"/>
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
        <location filename="../core/llm/openai/openaiwire.cpp" line="31"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="95"/>
        <source>no choices in the reply</source>
        <translation>keine choices in der Antwort</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="101"/>
        <source>the message content is not text</source>
        <translation>der Inhalt der Nachricht ist kein Text</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="119"/>
        <source>The provider failed while streaming: %1</source>
        <translation>Der Provider ist beim Streamen gescheitert: %1</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="147"/>
        <source>%1 embeddings for %2 texts</source>
        <translation>%1 Embeddings für %2 Texte</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="156"/>
        <source>embedding %1 is missing or malformed</source>
        <translation>Embedding %1 fehlt oder ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="188"/>
        <source>no model list in the reply</source>
        <translation>keine Modellliste in der Antwort</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="217"/>
        <source>The provider refused the API key; check ai_client.api_key.</source>
        <translation>Der Provider hat den API-Schlüssel abgelehnt; prüfen Sie ai_client.api_key.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="220"/>
        <source>The provider does not serve the model &apos;%1&apos;; check ai_client.model and ai_client.base_url.</source>
        <translation>Der Provider bietet das Modell „%1“ nicht an; prüfen Sie ai_client.model und ai_client.base_url.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="226"/>
        <source>The provider is rate limiting requests; try again later.</source>
        <translation>Der Provider begrenzt die Anfragen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="229"/>
        <source>The provider does not support this request.</source>
        <translation>Der Provider unterstützt diese Anfrage nicht.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="232"/>
        <source>The provider timed out.</source>
        <translation>Der Provider hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="236"/>
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
    <name>Stack</name>
    <message>
        <location filename="../core/stack/stack.cpp" line="83"/>
        <source>decision maker &apos;%1&apos;</source>
        <translation>Entscheider „%1“</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="104"/>
        <location filename="../core/stack/stack.cpp" line="139"/>
        <source>tool &apos;%1&apos;</source>
        <translation>Werkzeug „%1“</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="118"/>
        <source>tool &apos;%1&apos; cannot search its documents: %2</source>
        <translation>Werkzeug „%1“ kann seine Dokumente nicht durchsuchen: %2</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="124"/>
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
        <location filename="../core/stack/stackconfigsource.cpp" line="53"/>
        <source>the stack configuration cannot be used: %1</source>
        <translation>die Stack-Konfiguration kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>StackSessions</name>
    <message>
        <location filename="../core/stack/stacksessions.cpp" line="22"/>
        <source>sessions database: %1</source>
        <translation>Sitzungsdatenbank: %1</translation>
    </message>
    <message>
        <location filename="../core/stack/stacksessions.cpp" line="109"/>
        <source>the stack has no rag tool to store documents for (add a tool with kind: rag)</source>
        <translation>der Stack hat kein rag-Werkzeug, das Dokumente speichert (ein Werkzeug mit kind: rag hinzufügen)</translation>
    </message>
</context>
<context>
    <name>TokenKey</name>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="23"/>
        <source>%1 is empty; set a long random secret or remove it</source>
        <translation>%1 ist leer; ein langes zufälliges Geheimnis setzen oder den Eintrag entfernen</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="27"/>
        <source>%1 is the publicly known default &apos;your-secret-key&apos;, which would let anyone forge tokens; set a long random secret or remove it to have one generated</source>
        <translation>%1 ist der öffentlich bekannte Standardwert „your-secret-key“, mit dem jeder Tokens fälschen könnte; ein langes zufälliges Geheimnis setzen oder den Eintrag entfernen, damit eines erzeugt wird</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="40"/>
        <source>cannot read the token key file %1: %2</source>
        <translation>die Token-Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="45"/>
        <source>the token key file %1 holds fewer than %2 bytes; delete it to have a new key generated</source>
        <translation>die Token-Schlüsseldatei %1 enthält weniger als %2 Bytes; sie löschen, damit ein neuer Schlüssel erzeugt wird</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="52"/>
        <source>key file %1</source>
        <translation>Schlüsseldatei %1</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="63"/>
        <source>cannot create the token key file %1: %2</source>
        <translation>die Token-Schlüsseldatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="66"/>
        <source>key file %1 (new)</source>
        <translation>Schlüsseldatei %1 (neu)</translation>
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
    <name>aistack::LlmCall</name>
    <message>
        <location filename="../core/llm/llmcall.cpp" line="53"/>
        <source>The call was cancelled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
</context>
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
        <location filename="../ui/mainwindow.cpp" line="34"/>
        <source>Edit and validate the stack YAML: decision maker, prompt and rag tools, vector store.</source>
        <translation>Stack-YAML bearbeiten und prüfen: Entscheider, Prompt- und RAG-Werkzeuge, Vektorspeicher.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="37"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="37"/>
        <source>Browse and close client sessions.</source>
        <translation>Client-Sitzungen ansehen und schließen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="39"/>
        <source>Upload documents into the stack&apos;s rag tools and follow their ingestion.</source>
        <translation>Dokumente in die RAG-Werkzeuge des Stacks laden und die Verarbeitung verfolgen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>Chat with the stack, with streamed answers and sources.</source>
        <translation>Mit dem Stack chatten, mit gestreamten Antworten und Quellen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Feedback</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Browse the feedback users have given.</source>
        <translation>Die Rückmeldungen der Benutzer ansehen.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>Live request, model and token metrics.</source>
        <translation>Live-Metriken zu Anfragen, Modellen und Tokens.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="72"/>
        <source>Listening on %1</source>
        <translation>Empfängt auf %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>Server failed: %1</source>
        <translation>Server fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Server starting…</source>
        <translation>Server startet…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>Server stopping…</source>
        <translation>Server hält an…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Server stopped</source>
        <translation>Server angehalten</translation>
    </message>
</context>
<context>
    <name>aistack::RequestLogModel</name>
    <message>
        <location filename="../ui/requestlogmodel.cpp" line="80"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/requestlogmodel.cpp" line="82"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/requestlogmodel.cpp" line="84"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/requestlogmodel.cpp" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/requestlogmodel.cpp" line="88"/>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <location filename="../ui/requestlogmodel.cpp" line="90"/>
        <source>Client</source>
        <translation>Client</translation>
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
        <location filename="../core/llm/openai/retryingrequest.cpp" line="172"/>
        <source>(tried %n times)</source>
        <translation>
            <numerusform>(%n Versuch)</numerusform>
            <numerusform>(%n Versuche)</numerusform>
        </translation>
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
        <location filename="../ui/serverpane.cpp" line="90"/>
        <source>Bind address. 127.0.0.1 keeps the server on this computer; 0.0.0.0 opens it to the network.</source>
        <translation>Bindeadresse. 127.0.0.1 hält den Server auf diesem Rechner; 0.0.0.0 öffnet ihn für das Netzwerk.</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="95"/>
        <source>Apply and restart</source>
        <translation>Übernehmen und neu starten</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="100"/>
        <source>Bind address:</source>
        <translation>Bindeadresse:</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="102"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="124"/>
        <source>Request log (newest first)</source>
        <translation>Anfrageprotokoll (neueste zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="143"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="146"/>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="149"/>
        <source>Listening</source>
        <translation>Empfangsbereit</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="152"/>
        <source>Stopping…</source>
        <translation>Hält an…</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="155"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="163"/>
        <source>not listening</source>
        <translation>nicht empfangsbereit</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="166"/>
        <source>Stop server</source>
        <translation>Server anhalten</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="166"/>
        <source>Start server</source>
        <translation>Server starten</translation>
    </message>
    <message>
        <location filename="../ui/serverpane.cpp" line="179"/>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
</TS>
