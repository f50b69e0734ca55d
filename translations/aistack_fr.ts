<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BuiltinProvider</name>
    <message>
        <location filename="../core/llm/builtin/builtinprovider.cpp" line="26"/>
        <source>The builtin embedder only computes embeddings; configure a chat model.</source>
        <translation>Le modèle d’embedding intégré ne calcule que des embeddings&#x202f;; configurez un modèle de chat.</translation>
    </message>
    <message>
        <location filename="../core/llm/builtin/builtinprovider.cpp" line="37"/>
        <source>Unknown embedding model &apos;%1&apos;; the builtin one is &apos;%2&apos;.</source>
        <translation>Modèle d’embedding inconnu «&#xa0;%1&#xa0;»&#x202f;; le modèle intégré est «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ChatTurn</name>
    <message>
        <location filename="../core/conversations/chatturn.cpp" line="208"/>
        <source>The answer could not be stored: %1</source>
        <translation>La réponse n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ConversationExport</name>
    <message>
        <location filename="../core/conversations/conversationexport.cpp" line="42"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../core/conversations/conversationexport.cpp" line="44"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../core/conversations/conversationexport.cpp" line="48"/>
        <source>Stopped before the end.</source>
        <translation>Arrêté avant la fin.</translation>
    </message>
    <message>
        <location filename="../core/conversations/conversationexport.cpp" line="50"/>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/conversations/conversationexport.cpp" line="55"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
</context>
<context>
    <name>DesktopChat</name>
    <message>
        <location filename="../core/conversations/desktopchat.cpp" line="78"/>
        <location filename="../core/conversations/desktopchat.cpp" line="120"/>
        <location filename="../core/conversations/desktopchat.cpp" line="193"/>
        <source>This conversation no longer exists.</source>
        <translation>Cette conversation n’existe plus.</translation>
    </message>
    <message>
        <location filename="../core/conversations/desktopchat.cpp" line="87"/>
        <location filename="../core/conversations/desktopchat.cpp" line="205"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../core/conversations/desktopchat.cpp" line="175"/>
        <source>Feedback is switched off in the configuration (user_data_collection.feedback_enabled).</source>
        <translation>Les avis sont désactivés dans la configuration (user_data_collection.feedback_enabled).</translation>
    </message>
    <message>
        <location filename="../core/conversations/desktopchat.cpp" line="211"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DesktopConversations</name>
    <message>
        <location filename="../core/conversations/desktopconversations.cpp" line="78"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../core/conversations/desktopconversations.cpp" line="102"/>
        <source>the conversation no longer exists</source>
        <translation>la conversation n’existe plus</translation>
    </message>
    <message>
        <location filename="../core/conversations/desktopconversations.cpp" line="143"/>
        <source>the conversation or its turn no longer exists</source>
        <translation>la conversation ou son tour n’existe plus</translation>
    </message>
    <message>
        <location filename="../core/conversations/desktopconversations.cpp" line="206"/>
        <source>the turn has no version %1</source>
        <translation>le tour n’a pas de version %1</translation>
    </message>
</context>
<context>
    <name>DesktopDocuments</name>
    <message>
        <location filename="../core/rag/desktop/desktopdocuments.cpp" line="125"/>
        <source>%1 could not be removed: %2</source>
        <translation>%1 n’a pas pu être retiré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DesktopFeedback</name>
    <message>
        <location filename="../core/feedback/desktopfeedback.cpp" line="67"/>
        <source>This feedback no longer exists.</source>
        <translation>Cet avis n’existe plus.</translation>
    </message>
    <message>
        <location filename="../core/feedback/desktopfeedback.cpp" line="82"/>
        <source>This conversation no longer exists.</source>
        <translation>Cette conversation n’existe plus.</translation>
    </message>
    <message>
        <location filename="../core/feedback/desktopfeedback.cpp" line="97"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DesktopStack</name>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="33"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="175"/>
        <source>the built-in configuration is read-only; save a copy instead</source>
        <translation>la configuration intégrée est en lecture seule&#x202f;; enregistrez-en plutôt une copie</translation>
    </message>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="192"/>
        <source>cannot keep the previous version as %1</source>
        <translation>impossible de conserver la version précédente sous %1</translation>
    </message>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="199"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="231"/>
        <source>the built-in configuration is read-only: save a copy first</source>
        <translation>la configuration intégrée est en lecture seule&#xa0;: enregistrez-en d’abord une copie</translation>
    </message>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="238"/>
        <source>the configuration has a problem</source>
        <translation>la configuration comporte un problème</translation>
    </message>
    <message>
        <location filename="../core/stack/desktopstack.cpp" line="239"/>
        <source>the configuration has %1 problems</source>
        <translation>la configuration comporte %1 problèmes</translation>
    </message>
</context>
<context>
    <name>DocumentLibrary</name>
    <message>
        <location filename="../core/rag/documentlibrary.cpp" line="68"/>
        <source>the stack has no rag tool to store documents for (add a tool with kind: rag)</source>
        <translation>la pile n’a aucun outil rag où enregistrer des documents (ajoutez un outil avec kind: rag)</translation>
    </message>
    <message>
        <location filename="../core/rag/documentlibrary.cpp" line="69"/>
        <source>the stack has no rag tool named &apos;%1&apos;</source>
        <translation>la pile n’a aucun outil rag nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/rag/documentlibrary.cpp" line="79"/>
        <source>the stack has no vector_db</source>
        <translation>la pile n’a pas de vector_db</translation>
    </message>
</context>
<context>
    <name>DocumentParser</name>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="30"/>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="31"/>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="32"/>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="35"/>
        <source>a program (ELF)</source>
        <translation>un programme (ELF)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="36"/>
        <source>a gzip archive</source>
        <translation>une archive gzip</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="37"/>
        <source>an old Office document (.doc/.xls)</source>
        <translation>un ancien document Office (.doc/.xls)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="38"/>
        <source>a RAR archive</source>
        <translation>une archive RAR</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="39"/>
        <source>a 7-Zip archive</source>
        <translation>une archive 7-Zip</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="40"/>
        <source>a media file (RIFF)</source>
        <translation>un fichier multimédia (RIFF)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="41"/>
        <source>an MP3 file</source>
        <translation>un fichier MP3</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="44"/>
        <source>a video file</source>
        <translation>un fichier vidéo</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="45"/>
        <source>a bzip2 archive</source>
        <translation>une archive bzip2</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="92"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="108"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="116"/>
        <source>unsupported file type: this is %1, not a document</source>
        <translation>type de fichier non pris en charge&#xa0;: ce fichier est %1, pas un document</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="120"/>
        <source>the file is named .%1 but its content is not a %2 file</source>
        <translation>le fichier porte l’extension .%1 mais son contenu n’est pas un fichier %2</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="124"/>
        <source>unsupported file type: the content is binary data, not text</source>
        <translation>type de fichier non pris en charge&#xa0;: le contenu est binaire, pas du texte</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/documentparser.cpp" line="147"/>
        <source>no text found in the file</source>
        <translation>aucun texte trouvé dans le fichier</translation>
    </message>
</context>
<context>
    <name>DocxParser</name>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="115"/>
        <source>the Word document is damaged (%1 at line %2)</source>
        <translation>le document Word est endommagé (%1 à la ligne %2)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="144"/>
        <source>not a readable ZIP archive: %1</source>
        <translation>ce n’est pas une archive ZIP lisible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExtractiveAnswer</name>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="33"/>
        <source>%1, page %2</source>
        <translation>%1, page %2</translation>
    </message>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="40"/>
        <source>No language model is configured, so this tool cannot answer. Add an ai_client to the tool in the stack configuration: provider openai, ollama or llama_stack with a model (and base_url and api_key where needed), or provider local with the model_path of a GGUF file.</source>
        <translation>Aucun modèle de langage n’est configuré, cet outil ne peut donc pas répondre. Ajoutez un ai_client à l’outil dans la configuration de la pile&#xa0;: provider openai, ollama ou llama_stack avec un model (et base_url et api_key si nécessaire), ou provider local avec le model_path d’un fichier GGUF.</translation>
    </message>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="49"/>
        <source>No language model is configured, and none of the stored documents matches the question.</source>
        <translation>Aucun modèle de langage n’est configuré, et aucun des documents enregistrés ne correspond à la question.</translation>
    </message>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="77"/>
        <source>No language model is configured, so here are the passages of the stored documents that best match the question:</source>
        <translation>Aucun modèle de langage n’est configuré&#x202f;; voici donc les passages des documents enregistrés qui correspondent le mieux à la question&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/llm/extractiveanswer.cpp" line="92"/>
        <source>Sources: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackStore</name>
    <message>
        <location filename="../core/feedback/feedbackstore.cpp" line="107"/>
        <source>The time &quot;%1&quot; is not a valid time.</source>
        <translation>L’horodatage «&#xa0;%1&#xa0;» n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../core/feedback/feedbackstore.cpp" line="121"/>
        <source>The sentiment &quot;%1&quot; is neither 1 nor -1.</source>
        <translation>La valeur de sentiment «&#xa0;%1&#xa0;» n’est ni 1 ni -1.</translation>
    </message>
    <message>
        <location filename="../core/feedback/feedbackstore.cpp" line="139"/>
        <source>The categories &quot;%1&quot; are not a list of names.</source>
        <translation>Les catégories «&#xa0;%1&#xa0;» ne forment pas une liste de noms.</translation>
    </message>
    <message>
        <location filename="../core/feedback/feedbackstore.cpp" line="241"/>
        <source>%1 could not be removed: %2</source>
        <translation>%1 n’a pas pu être supprimé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>IngestQueue</name>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="58"/>
        <source>%1: cannot be read: it links to %2, which does not exist</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: c’est un lien vers %2, qui n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="62"/>
        <source>%1: the file does not exist</source>
        <translation>%1&#xa0;: le fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="65"/>
        <source>%1: not a regular file (a device, socket or pipe)</source>
        <translation>%1&#xa0;: ce n’est pas un fichier ordinaire (périphérique, socket ou tube)</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="69"/>
        <source>%1: a file without an extension is not read; supported: %2</source>
        <translation>%1&#xa0;: un fichier sans extension n’est pas lu&#x202f;; formats pris en charge&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="71"/>
        <source>%1: .%2 files are not supported; supported: %3</source>
        <translation>%1&#xa0;: les fichiers .%2 ne sont pas pris en charge&#x202f;; formats pris en charge&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="75"/>
        <source>%1: cannot be read: permission denied</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: permission refusée</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestqueue.cpp" line="167"/>
        <source>%1: the stack has no rag tool to store documents for</source>
        <translation>%1&#xa0;: la pile n’a aucun outil rag où enregistrer des documents</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestworker.cpp" line="137"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/desktop/ingestworker.cpp" line="143"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>IngestionPipeline</name>
    <message>
        <location filename="../core/rag/ingest/ingestionpipeline.cpp" line="103"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/ingest/ingeststages.cpp" line="20"/>
        <source>%1: cancelled; nothing was stored</source>
        <translation>%1&#xa0;: annulé&#x202f;; rien n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../core/rag/ingest/ingeststages.cpp" line="55"/>
        <source>%1: embedding failed: %2</source>
        <translation>%1&#xa0;: échec de la vectorisation&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/ingest/ingeststages.cpp" line="80"/>
        <source>%1: could not be stored: %2</source>
        <translation>%1&#xa0;: enregistrement impossible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/rag/ingest/preparedocument.cpp" line="30"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <location filename="../core/rag/parse/jsonparser.cpp" line="69"/>
        <source>invalid JSON: %1 at byte %2</source>
        <translation>JSON non valide&#xa0;: %1 à l’octet %2</translation>
    </message>
</context>
<context>
    <name>KeychainWriter</name>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="37"/>
        <source>the keychain did not answer</source>
        <translation>le trousseau de clés n’a pas répondu</translation>
    </message>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="40"/>
        <source>no keychain backend is available</source>
        <translation>aucun service de trousseau de clés n’est disponible</translation>
    </message>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="43"/>
        <source>the keychain refused access</source>
        <translation>le trousseau de clés a refusé l’accès</translation>
    </message>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="45"/>
        <source>this system has no supported keychain</source>
        <translation>ce système n’a aucun trousseau de clés pris en charge</translation>
    </message>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="53"/>
        <source>no Secret Service answers on the session D-Bus</source>
        <translation>aucun Secret Service ne répond sur le D-Bus de session</translation>
    </message>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="55"/>
        <source>the keychain failed</source>
        <translation>le trousseau de clés a échoué</translation>
    </message>
    <message>
        <location filename="../core/config/keychainwriter.cpp" line="82"/>
        <source>the entry name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>le nom de l’entrée ne peut contenir que des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;»</translation>
    </message>
</context>
<context>
    <name>KissErrors</name>
    <message>
        <location filename="../server/kiss/kisserrors.cpp" line="37"/>
        <source>Model provider failed: %1</source>
        <translation>Échec du fournisseur de modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../server/kiss/kisserrors.cpp" line="43"/>
        <source>Vector store unavailable: %1</source>
        <translation>Base vectorielle indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../server/kiss/kisserrors.cpp" line="77"/>
        <location filename="../server/kiss/kisserrors.cpp" line="105"/>
        <source>Sessions database unavailable: %1</source>
        <translation>Base de données des sessions indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../server/kiss/kisserrors.cpp" line="97"/>
        <source>Too many failed logins from this address; try again in %1 s</source>
        <translation>Trop d’échecs de connexion depuis cette adresse&#x202f;; réessayez dans %1 s</translation>
    </message>
</context>
<context>
    <name>KissRequests</name>
    <message>
        <location filename="../server/kiss/kissrequests.cpp" line="137"/>
        <source>No files given: send at least one {&quot;name&quot;, &quot;content&quot;}</source>
        <translation>Aucun fichier fourni&#xa0;: envoyez au moins un {&quot;name&quot;, &quot;content&quot;}</translation>
    </message>
    <message>
        <location filename="../server/kiss/kissrequests.cpp" line="151"/>
        <source>%1: the file has no content</source>
        <translation>%1&#xa0;: le fichier n’a pas de contenu</translation>
    </message>
    <message>
        <location filename="../server/kiss/kissrequests.cpp" line="154"/>
        <source>%1: content must be the file&apos;s bytes as base64 text</source>
        <translation>%1&#xa0;: content doit contenir les octets du fichier sous forme de texte base64</translation>
    </message>
    <message>
        <location filename="../server/kiss/kissrequests.cpp" line="161"/>
        <source>%1: content is not valid base64</source>
        <translation>%1&#xa0;: content n’est pas du base64 valide</translation>
    </message>
    <message>
        <location filename="../server/kiss/kissrequests.cpp" line="163"/>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
</context>
<context>
    <name>KissWebSocket</name>
    <message>
        <location filename="../server/kiss/kisswebsocket.cpp" line="118"/>
        <source>Binary frames are not supported; send JSON text frames</source>
        <translation>Les trames binaires ne sont pas prises en charge&#x202f;; envoyez des trames texte JSON</translation>
    </message>
    <message>
        <location filename="../server/kiss/kissframe.cpp" line="36"/>
        <source>Frame too large: %1 bytes, the limit is %2 bytes</source>
        <translation>Trame trop grande&#xa0;: %1 octets, la limite est de %2 octets</translation>
    </message>
</context>
<context>
    <name>LocalProvider</name>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="87"/>
        <source>The model %1 was unloaded.</source>
        <translation>Le modèle %1 a été déchargé.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="117"/>
        <source>The model file %1 does not exist; check ai_client.model_path.</source>
        <translation>Le fichier de modèle %1 n’existe pas&#x202f;; vérifiez ai_client.model_path.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="123"/>
        <source>The file %1 could not be loaded as a GGUF model (wrong format or damaged).</source>
        <translation>Le fichier %1 n’a pas pu être chargé comme modèle GGUF (format incorrect ou fichier endommagé).</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="139"/>
        <source>llama.cpp could not create a context of %1 tokens for %2 (ai_client.context_size).</source>
        <translation>llama.cpp n’a pas pu créer un contexte de %1 jetons pour %2 (ai_client.context_size).</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="171"/>
        <source>The model %1 cannot compute embeddings.</source>
        <translation>Le modèle %1 ne peut pas calculer d’embeddings.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="218"/>
        <source>The prompt has %1 tokens; the model&apos;s context holds %2 (ai_client.context_size).</source>
        <translation>Le prompt compte %1 jetons&#x202f;; le contexte du modèle en contient %2 (ai_client.context_size).</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="227"/>
        <source>llama.cpp failed to read the prompt.</source>
        <translation>llama.cpp n’a pas pu lire le prompt.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="307"/>
        <source>llama.cpp failed while generating.</source>
        <translation>llama.cpp a échoué pendant la génération.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localengine.cpp" line="395"/>
        <source>llama.cpp failed to embed a text.</source>
        <translation>llama.cpp n’a pas pu calculer l’embedding d’un texte.</translation>
    </message>
    <message>
        <location filename="../core/llm/local/localprovider.cpp" line="27"/>
        <source>This build of aistack has no llama.cpp, so GGUF models cannot run in process. Build it with installer/setup.sh, or serve the model with llama-server and use the openai provider.</source>
        <translation>Cette version d’aistack ne contient pas llama.cpp&#x202f;; les modèles GGUF ne peuvent donc pas s’exécuter dans le processus. Compilez-la avec installer/setup.sh, ou servez le modèle avec llama-server et utilisez le fournisseur openai.</translation>
    </message>
</context>
<context>
    <name>McpRegistry</name>
    <message>
        <location filename="../core/mcp/mcpregistry.cpp" line="25"/>
        <source>The arguments are not a JSON object: %1</source>
        <translation>Les arguments ne sont pas un objet JSON : %1</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcpregistry.cpp" line="36"/>
        <source>
[cut: the tool answered %1 characters]</source>
        <translation>
[coupé : l’outil a répondu %1 caractères]</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcpregistry.cpp" line="180"/>
        <source>There is no tool named &apos;%1&apos;.</source>
        <translation>Aucun outil ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <location filename="../core/mcp/mcpregistry.cpp" line="192"/>
        <source>The tool could not be called: %1</source>
        <translation>L’outil n’a pas pu être appelé : %1</translation>
    </message>
</context>
<context>
    <name>NoModelProvider</name>
    <message>
        <location filename="../core/llm/nomodelprovider.cpp" line="55"/>
        <source>No embedding model is configured for this tool.</source>
        <translation>Aucun modèle d’embedding n’est configuré pour cet outil.</translation>
    </message>
</context>
<context>
    <name>OpenAiProvider</name>
    <message>
        <location filename="../core/llm/openai/openaiprovider.cpp" line="116"/>
        <source>The stream ended before the reply was complete.</source>
        <translation>Le flux s’est terminé avant que la réponse soit complète.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="23"/>
        <source>The provider&apos;s reply could not be read: %1</source>
        <translation>La réponse du fournisseur n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="32"/>
        <source>not a JSON object</source>
        <translation>ce n’est pas un objet JSON</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="139"/>
        <source>no choices in the reply</source>
        <translation>pas de champ choices dans la réponse</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="146"/>
        <source>the message content is not text</source>
        <translation>le contenu du message n’est pas du texte</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="156"/>
        <source>a tool call without a name</source>
        <translation>un appel d’outil sans nom</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="179"/>
        <source>The provider failed while streaming: %1</source>
        <translation>Le fournisseur a échoué pendant la diffusion de la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="198"/>
        <source>a tool call index out of range</source>
        <translation>un appel d’outil à l’indice hors limites</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="228"/>
        <source>%1 embeddings for %2 texts</source>
        <translation>%1 embeddings pour %2 textes</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="237"/>
        <source>embedding %1 is missing or malformed</source>
        <translation>l’embedding %1 est manquant ou mal formé</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="269"/>
        <source>no model list in the reply</source>
        <translation>pas de liste de modèles dans la réponse</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="298"/>
        <source>The provider refused the API key; check ai_client.api_key.</source>
        <translation>Le fournisseur a refusé la clé d’API&#x202f;; vérifiez ai_client.api_key.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="303"/>
        <source>The provider does not serve the model &apos;%1&apos;; check ai_client.model and ai_client.base_url.</source>
        <translation>Le fournisseur ne propose pas le modèle «&#xa0;%1&#xa0;»&#x202f;; vérifiez ai_client.model et ai_client.base_url.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="309"/>
        <source>The provider is rate limiting requests; try again later.</source>
        <translation>Le fournisseur limite le débit des requêtes&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="313"/>
        <source>The provider does not support this request.</source>
        <translation>Le fournisseur ne prend pas en charge cette requête.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="316"/>
        <source>The provider timed out.</source>
        <translation>Le fournisseur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/openaiwire.cpp" line="321"/>
        <source>The provider answered with HTTP status %1.</source>
        <translation>Le fournisseur a répondu avec le statut HTTP %1.</translation>
    </message>
</context>
<context>
    <name>PdfParser</name>
    <message>
        <location filename="../core/rag/parse/pdfparser.cpp" line="32"/>
        <source>the PDF cannot be read (damaged or not a PDF)</source>
        <translation>le PDF est illisible (endommagé ou pas un PDF)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/pdfparser.cpp" line="36"/>
        <source>the PDF is protected by a password</source>
        <translation>le PDF est protégé par un mot de passe</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/pdfparser.cpp" line="42"/>
        <source>the PDF has no pages (damaged?)</source>
        <translation>le PDF n’a aucune page (endommagé&#x202f;?)</translation>
    </message>
</context>
<context>
    <name>QueryError</name>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="23"/>
        <source>This conversation no longer exists, or it belongs to another user.</source>
        <translation>Cette conversation n’existe plus ou appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="25"/>
        <source>No language model is configured. Add a model to a stack tool in the Stack pane.</source>
        <translation>Aucun modèle de langage n’est configuré. Ajoutez un modèle à un outil de la pile dans le volet Pile.</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="27"/>
        <source>The model %1 of provider %2 is not available. Pick another model.</source>
        <translation>Le modèle %1 du fournisseur %2 n’est pas disponible. Choisissez un autre modèle.</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="29"/>
        <source>This configuration does not allow a system prompt per question.</source>
        <translation>Cette configuration n’autorise pas de prompt système par question.</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="32"/>
        <source>The attachment&apos;s type %1 is not supported.</source>
        <translation>Le type %1 de la pièce jointe n’est pas pris en charge.</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="34"/>
        <source>The model&apos;s provider cannot be reached: %1</source>
        <translation>Le fournisseur du modèle est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="36"/>
        <source>The model failed to answer: %1: %2</source>
        <translation>Le modèle n’a pas pu répondre&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="38"/>
        <source>The documents of %1 cannot be searched: %2</source>
        <translation>Impossible de rechercher dans les documents de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="40"/>
        <source>The conversation could not be read or stored: %1</source>
        <translation>La conversation n’a pas pu être lue ou enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/conversations/queryerrortext.cpp" line="42"/>
        <source>The question could not be answered.</source>
        <translation>Impossible de répondre à la question.</translation>
    </message>
</context>
<context>
    <name>Stack</name>
    <message>
        <location filename="../core/stack/stack.cpp" line="94"/>
        <source>decision maker &apos;%1&apos;</source>
        <translation>décideur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="120"/>
        <source>tool &apos;%1&apos;</source>
        <translation>outil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="134"/>
        <source>tool &apos;%1&apos; cannot search its documents: %2</source>
        <translation>l’outil «&#xa0;%1&#xa0;» ne peut pas rechercher dans ses documents&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="140"/>
        <source>There are no stored documents to answer from yet. Store documents first, then ask again.</source>
        <translation>Aucun document n’est encore enregistré pour répondre. Enregistrez d’abord des documents, puis posez de nouveau la question.</translation>
    </message>
</context>
<context>
    <name>StackConfigSource</name>
    <message>
        <location filename="../core/stack/stackconfigsource.cpp" line="18"/>
        <source>the configuration %1 has no stack: section; add one with at least one tool</source>
        <translation>la configuration %1 n’a pas de section stack:&#x202f;; ajoutez-en une avec au moins un outil</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfigsource.cpp" line="19"/>
        <source>in use</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfigsource.cpp" line="68"/>
        <source>the stack configuration cannot be used: %1</source>
        <translation>la configuration de la pile ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StackSessions</name>
    <message>
        <location filename="../core/stack/stacksessions.cpp" line="23"/>
        <source>sessions database: %1</source>
        <translation>base de données des sessions&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/stack/stacksessions.cpp" line="105"/>
        <location filename="../core/stack/stacksessions.cpp" line="141"/>
        <source>there is no session %1</source>
        <translation>il n’y a pas de session %1</translation>
    </message>
    <message>
        <location filename="../core/stack/stacksessions.cpp" line="110"/>
        <source>the session has already ended</source>
        <translation>la session a déjà pris fin</translation>
    </message>
    <message>
        <location filename="../core/stack/stacksessions.cpp" line="171"/>
        <source>the stack has no rag tool to store documents for (add a tool with kind: rag)</source>
        <translation>la pile n’a aucun outil rag où enregistrer des documents (ajoutez un outil avec kind: rag)</translation>
    </message>
</context>
<context>
    <name>TokenKey</name>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="24"/>
        <source>%1 is empty; set a long random secret or remove it</source>
        <translation>%1 est vide&#x202f;; définissez un secret long et aléatoire ou supprimez l’entrée</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="28"/>
        <source>%1 is the publicly known default &apos;your-secret-key&apos;, which would let anyone forge tokens; set a long random secret or remove it to have one generated</source>
        <translation>%1 est la valeur par défaut publiquement connue «&#xa0;your-secret-key&#xa0;», qui permettrait à n’importe qui de falsifier des jetons&#x202f;; définissez un secret long et aléatoire ou supprimez l’entrée pour qu’un secret soit généré</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="41"/>
        <source>cannot read the token key file %1: %2</source>
        <translation>impossible de lire le fichier de clé des jetons %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="46"/>
        <source>the token key file %1 holds fewer than %2 bytes; delete it to have a new key generated</source>
        <translation>le fichier de clé des jetons %1 contient moins de %2 octets&#x202f;; supprimez-le pour qu’une nouvelle clé soit générée</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="53"/>
        <source>key file %1</source>
        <translation>fichier de clé %1</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="61"/>
        <source>cannot create the token key file %1: %2</source>
        <translation>impossible de créer le fichier de clé des jetons %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/auth/tokenkey.cpp" line="64"/>
        <source>key file %1 (new)</source>
        <translation>fichier de clé %1 (nouveau)</translation>
    </message>
</context>
<context>
    <name>ToolRounds</name>
    <message>
        <location filename="../core/mcp/toolrounds.cpp" line="45"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/mcp/toolrounds.cpp" line="115"/>
        <source>The person did not allow this call.</source>
        <translation>La personne n’a pas autorisé cet appel.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="26"/>
        <source>not a Word document (no %1 inside)</source>
        <translation>ce n’est pas un document Word (%1 absent)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="31"/>
        <source>the Word document is too large to read (%1 over 256 MB)</source>
        <translation>le document Word est trop volumineux pour être lu (%1 dépasse 256 Mo)</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="36"/>
        <source>the Word document is damaged: %1</source>
        <translation>le document Word est endommagé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/rag/parse/docxparser.cpp" line="49"/>
        <source>the Word document is damaged (cannot unpack %1)</source>
        <translation>le document Word est endommagé (impossible de décompresser %1)</translation>
    </message>
</context>
<context>
    <name>WordVectorTable</name>
    <message>
        <location filename="../core/llm/builtin/wordvectortable.cpp" line="38"/>
        <source>Word vector table %1: %2</source>
        <translation>Table de vecteurs de mots %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/llm/builtin/wordvectortable.cpp" line="45"/>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <location filename="../core/llm/builtin/wordvectortable.cpp" line="50"/>
        <source>the file is too short</source>
        <translation>le fichier est trop court</translation>
    </message>
    <message>
        <location filename="../core/llm/builtin/wordvectortable.cpp" line="57"/>
        <source>not a word table of version %1</source>
        <translation>ce n’est pas une table de mots de la version %1</translation>
    </message>
    <message>
        <location filename="../core/llm/builtin/wordvectortable.cpp" line="66"/>
        <location filename="../core/llm/builtin/wordvectortable.cpp" line="80"/>
        <source>the file is truncated or damaged</source>
        <translation>le fichier est tronqué ou endommagé</translation>
    </message>
</context>
<context>
    <name>aistack::BackgroundSave</name>
    <message>
        <location filename="../ui/widgets/backgroundsave.cpp" line="16"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>aistack::ChatPane</name>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="104"/>
        <source>That version could not be shown: %1</source>
        <translation>Cette version n’a pas pu être affichée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="123"/>
        <source>The switch was not kept: %1</source>
        <translation>Le réglage n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="192"/>
        <source>The models could not be listed: %1</source>
        <translation>Les modèles n’ont pas pu être listés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="201"/>
        <source>No language model: answers quote the passages of your documents that best match. Add a model to a stack tool (ai_client) for real answers.</source>
        <translation>Aucun modèle de langage&#xa0;: les réponses citent les passages de vos documents qui correspondent le mieux. Ajoutez un modèle à un outil de la pile (ai_client) pour obtenir de vraies réponses.</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="206"/>
        <source>No model configured</source>
        <translation>Aucun modèle configuré</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="213"/>
        <source>Ask a question below.

Answers come from %1; with “Use my documents” on, from the documents added in the Documents pane too, with their sources under each answer.</source>
        <translation>Posez une question ci-dessous.

Les réponses viennent de %1&#x202f;; avec «&#xa0;Utiliser mes documents&#xa0;» activé, elles viennent aussi des documents ajoutés dans le volet Documents, avec leurs sources sous chaque réponse.</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="222"/>
        <location filename="../ui/chat/chatpane.cpp" line="241"/>
        <source>Stop the answer first (Esc).</source>
        <translation>Arrêtez d’abord la réponse (Échap).</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="226"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="474"/>
        <source>The last answer is on the clipboard.</source>
        <translation>La dernière réponse est dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="485"/>
        <source>Feedback is switched off in the configuration (user_data_collection.feedback_enabled).</source>
        <translation>Les avis sont désactivés dans la configuration (user_data_collection.feedback_enabled).</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="501"/>
        <source>The feedback was not stored: %1</source>
        <translation>L’avis n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/chatpane.cpp" line="505"/>
        <source>Thank you: the feedback is stored.</source>
        <translation>Merci, votre avis est enregistré.</translation>
    </message>
</context>
<context>
    <name>aistack::CodeBlock</name>
    <message>
        <location filename="../ui/widgets/codeblock.cpp" line="24"/>
        <location filename="../ui/widgets/codeblock.cpp" line="33"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/widgets/codeblock.cpp" line="26"/>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location filename="../ui/widgets/codeblock.cpp" line="27"/>
        <source>Copy this code to the clipboard</source>
        <translation>Copier ce code dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/widgets/codeblock.cpp" line="32"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../ui/widgets/codeblock.cpp" line="38"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/widgets/codeblock.cpp" line="57"/>
        <source>code</source>
        <translation>code</translation>
    </message>
</context>
<context>
    <name>aistack::Composer</name>
    <message>
        <location filename="../ui/chat/composer.cpp" line="45"/>
        <source>Use my documents</source>
        <translation>Utiliser mes documents</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="46"/>
        <location filename="../ui/chat/composer.cpp" line="124"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="49"/>
        <source>Editing the last question: sending keeps the earlier answer as a version.</source>
        <translation>Modification de la dernière question&#xa0;: à l’envoi, la réponse précédente est conservée comme version.</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="51"/>
        <source>Cancel edit</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="52"/>
        <source>Cancel editing the last question</source>
        <translation>Annuler la modification de la dernière question</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="63"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="64"/>
        <source>The model that answers (the models /v1/models lists)</source>
        <translation>Le modèle qui répond (les modèles listés par /v1/models)</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="67"/>
        <source>Answer from the documents added in the Documents pane (retrieval), for this conversation</source>
        <translation>Répondre à partir des documents ajoutés dans le volet Documents (recherche de passages), pour cette conversation</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="71"/>
        <location filename="../ui/chat/composer.cpp" line="125"/>
        <source>Send the question</source>
        <translation>Envoyer la question</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="76"/>
        <source>Model:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="124"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="125"/>
        <source>Stop the answer (Esc)</source>
        <translation>Arrêter la réponse (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="126"/>
        <source>Stop the answer (Esc); what was written is kept</source>
        <translation>Arrêter la réponse (Échap)&#x202f;; le texte déjà écrit est conservé</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="126"/>
        <source>Send (Enter)</source>
        <translation>Envoyer (Entrée)</translation>
    </message>
</context>
<context>
    <name>aistack::ConversationList</name>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="22"/>
        <location filename="../ui/chat/conversationlist.cpp" line="28"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="27"/>
        <source>New conversation (Ctrl+N)</source>
        <translation>Nouvelle conversation (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="30"/>
        <source>Search conversations (Ctrl+F)</source>
        <translation>Rechercher dans les conversations (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="31"/>
        <source>Search conversations</source>
        <translation>Rechercher dans les conversations</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="34"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="81"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="85"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="122"/>
        <source>The conversations could not be read: %1</source>
        <translation>Les conversations n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="152"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="153"/>
        <source>Export as Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="154"/>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="156"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="166"/>
        <source>Rename conversation</source>
        <translation>Renommer la conversation</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="167"/>
        <source>Title (empty: the first question):</source>
        <translation>Titre (vide&#xa0;: la première question)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="173"/>
        <source>The conversation was not renamed: %1</source>
        <translation>La conversation n’a pas été renommée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="183"/>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="184"/>
        <source>Delete “%1” and all its messages? API clients will no longer find it either. This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et tous ses messages&#x202f;? Les clients de l’API ne la trouveront plus non plus. Cette action est irréversible.</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="191"/>
        <source>The conversation was not deleted: %1</source>
        <translation>La conversation n’a pas été supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="203"/>
        <source>conversation</source>
        <translation>conversation</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="206"/>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="206"/>
        <source>Export as Markdown</source>
        <translation>Exporter en Markdown</translation>
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
        <translation>Exportée vers %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlist.cpp" line="214"/>
        <source>The conversation was not exported: %1</source>
        <translation>La conversation n’a pas été exportée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>aistack::ConversationListModel</name>
    <message>
        <location filename="../ui/chat/conversationlistmodel.cpp" line="20"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location filename="../ui/chat/conversationlistmodel.cpp" line="22"/>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chat/conversationlistmodel.cpp" line="129"/>
        <source>%1, %n turn(s)</source>
        <translation>
            <numerusform>%1, %n tour</numerusform>
            <numerusform>%1, %n tours</numerusform>
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
Dernier message&#xa0;: %2
Modèle&#xa0;: %3/%4
%n tour</numerusform>
            <numerusform>%1
Dernier message&#xa0;: %2
Modèle&#xa0;: %3/%4
%n tours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::ConversationReader</name>
    <message>
        <location filename="../ui/feedback/conversationreader.cpp" line="20"/>
        <source>Conversation %1 (read only)</source>
        <translation>Conversation %1 (lecture seule)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/conversationreader.cpp" line="21"/>
        <source>Conversation, read only</source>
        <translation>Conversation, en lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/feedback/conversationreader.cpp" line="27"/>
        <source>The conversation of user %1, shown read only. Loading…</source>
        <translation>La conversation de l’utilisateur %1, affichée en lecture seule. Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/feedback/conversationreader.cpp" line="32"/>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/feedback/conversationreader.cpp" line="54"/>
        <source>The conversation of user %1, shown read only: %n turn(s).</source>
        <translation>
            <numerusform>La conversation de l’utilisateur %1, affichée en lecture seule&#xa0;: %n tour.</numerusform>
            <numerusform>La conversation de l’utilisateur %1, affichée en lecture seule&#xa0;: %n tours.</numerusform>
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
        <translation>La question sur laquelle porte l’avis</translation>
    </message>
</context>
<context>
    <name>aistack::DesktopHosting</name>
    <message>
        <location filename="../core/hosting/desktophosting.cpp" line="62"/>
        <source>Choose an address to listen on.</source>
        <translation>Choisissez une adresse d’écoute.</translation>
    </message>
    <message>
        <location filename="../core/hosting/desktophosting.cpp" line="64"/>
        <source>The port must be between 0 and 65535.</source>
        <translation>Le port doit être compris entre 0 et 65535.</translation>
    </message>
    <message>
        <location filename="../core/hosting/desktophosting.cpp" line="66"/>
        <source>HTTPS needs both a certificate and its private key; choose both files or neither.</source>
        <translation>HTTPS nécessite à la fois un certificat et sa clé privée&#x202f;; choisissez les deux fichiers ou aucun.</translation>
    </message>
</context>
<context>
    <name>aistack::DiffDialog</name>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="29"/>
        <source>Changes against the running configuration</source>
        <translation>Modifications par rapport à la configuration active</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="35"/>
        <source>The editor holds the running configuration %1: no changes.</source>
        <translation>L’éditeur contient la configuration active %1&#xa0;: aucune modification.</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="36"/>
        <source>Against the running configuration %1: %2 and %3.</source>
        <translation>Par rapport à la configuration active %1&#xa0;: %2 et %3.</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="38"/>
        <source>1 line removed</source>
        <translation>1 ligne supprimée</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="39"/>
        <source>%1 lines removed</source>
        <translation>%1 lignes supprimées</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="40"/>
        <source>1 line added</source>
        <translation>1 ligne ajoutée</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="40"/>
        <source>%1 lines added</source>
        <translation>%1 lignes ajoutées</translation>
    </message>
    <message>
        <location filename="../ui/stack/diffdialog.cpp" line="43"/>
        <source>Line differences</source>
        <translation>Différences ligne par ligne</translation>
    </message>
</context>
<context>
    <name>aistack::DocumentsPane</name>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="92"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="93"/>
        <source>The rag tool whose documents are shown and added to</source>
        <translation>L’outil rag dont les documents sont affichés et auquel ils sont ajoutés</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="96"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="97"/>
        <source>Add documents (%1); you can also drop files and folders on this pane</source>
        <translation>Ajouter des documents (%1)&#x202f;; vous pouvez aussi déposer des fichiers et des dossiers sur ce volet</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="100"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="101"/>
        <source>Add every document in a folder and its subfolders</source>
        <translation>Ajouter tous les documents d’un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="102"/>
        <source>Watch folder…</source>
        <translation>Surveiller un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="103"/>
        <source>Add a folder and keep it in step: new and changed files are added, deleted ones removed</source>
        <translation>Ajouter un dossier et le garder synchronisé&#xa0;: les fichiers nouveaux et modifiés sont ajoutés, les fichiers supprimés sont retirés</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="105"/>
        <source>Retry failed</source>
        <translation>Relancer les échecs</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="106"/>
        <source>Queue every failed or cancelled file again</source>
        <translation>Remettre en file d’attente tous les fichiers en échec ou annulés</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="107"/>
        <location filename="../ui/documents/documentspane.cpp" line="410"/>
        <source>Re-index all</source>
        <translation>Tout réindexer</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="108"/>
        <source>Parse, chunk and embed every stored document again</source>
        <translation>Analyser, découper en passages et vectoriser de nouveau tous les documents enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="111"/>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="112"/>
        <source>Filter documents by name</source>
        <translation>Filtrer les documents par nom</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="115"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="116"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="116"/>
        <source>Stored</source>
        <translation>Enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="116"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="116"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="124"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="140"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="156"/>
        <source>Watched folders</source>
        <translation>Dossiers surveillés</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="159"/>
        <source>Stop watching</source>
        <translation>Ne plus surveiller</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="174"/>
        <source>Collection:</source>
        <translation>Collection&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="185"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="216"/>
        <source>Add documents</source>
        <translation>Ajouter des documents</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="217"/>
        <source>Documents (%1);;All files (*)</source>
        <translation>Documents (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="222"/>
        <source>Add a folder</source>
        <translation>Ajouter un dossier</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="228"/>
        <source>Watch a folder</source>
        <translation>Surveiller un dossier</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="258"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="274"/>
        <source>The stack has no rag tool, so there is nowhere to add documents. Add a tool with kind: rag in the Stack pane.</source>
        <translation>La pile n’a aucun outil rag, il n’y a donc nulle part où ajouter des documents. Ajoutez un outil avec kind: rag dans le volet Pile.</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="308"/>
        <source>The documents of %1 could not be listed: %2</source>
        <translation>Les documents de %1 n’ont pas pu être listés&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/documentspane.cpp" line="322"/>
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="323"/>
        <source>%1 chunks</source>
        <translation>%1 passages</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/documentspane.cpp" line="326"/>
        <source>%n in progress</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/documentspane.cpp" line="328"/>
        <source>%n failed or cancelled</source>
        <translation>
            <numerusform>%n en échec ou annulé</numerusform>
            <numerusform>%n en échec ou annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/documentspane.cpp" line="330"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="364"/>
        <source>Remove documents</source>
        <translation>Retirer des documents</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/documentspane.cpp" line="365"/>
        <source>Remove %n document(s) from %1? Their passages leave the collection, so answers no longer cite them. The files on disk stay.</source>
        <translation>
            <numerusform>Retirer %n document de %1&#x202f;? Ses passages quittent la collection&#xa0;: les réponses ne le citeront plus. Le fichier sur le disque est conservé.</numerusform>
            <numerusform>Retirer %n documents de %1&#x202f;? Leurs passages quittent la collection&#xa0;: les réponses ne les citeront plus. Les fichiers sur le disque sont conservés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/documentspane.cpp" line="411"/>
        <source>Parse, chunk and embed %n document(s) again? Until each one is stored again, answers keep using the stored version.</source>
        <translation>
            <numerusform>Analyser, découper en passages et vectoriser de nouveau %n document&#x202f;? Tant qu’il n’est pas enregistré de nouveau, les réponses continuent d’utiliser la version enregistrée.</numerusform>
            <numerusform>Analyser, découper en passages et vectoriser de nouveau %n documents&#x202f;? Tant que chacun n’est pas enregistré de nouveau, les réponses continuent d’utiliser la version enregistrée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="425"/>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="426"/>
        <source>Re-index</source>
        <translation>Réindexer</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="428"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="440"/>
        <source>Watched: new and changed files are added, deleted ones removed (Del stops watching)</source>
        <translation>Surveillé&#xa0;: les fichiers nouveaux et modifiés sont ajoutés, les fichiers supprimés sont retirés (Suppr arrête la surveillance)</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="444"/>
        <source>Watched folders: none. “Watch folder…” keeps a folder in step with the collection.</source>
        <translation>Dossiers surveillés&#xa0;: aucun. «&#xa0;Surveiller un dossier…&#xa0;» garde un dossier synchronisé avec la collection.</translation>
    </message>
    <message>
        <location filename="../ui/documents/documentspane.cpp" line="446"/>
        <source>Watched folders (new and changed files are added, deleted ones removed):</source>
        <translation>Dossiers surveillés (les fichiers nouveaux et modifiés sont ajoutés, les fichiers supprimés sont retirés)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>aistack::EmbeddedServer</name>
    <message>
        <location filename="../server/embeddedserver.cpp" line="70"/>
        <source>The new settings could not be used (%1); the server runs with its previous settings.</source>
        <translation>Les nouveaux paramètres n’ont pas pu être utilisés (%1)&#x202f;; le serveur fonctionne avec ses paramètres précédents.</translation>
    </message>
</context>
<context>
    <name>aistack::FeedbackDetail</name>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="21"/>
        <source>Feedback details</source>
        <translation>Détails de l’avis</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="54"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="55"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="56"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="57"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="64"/>
        <source>Select a row to see the feedback in full.</source>
        <translation>Sélectionnez une ligne pour voir l’avis en entier.</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="82"/>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="85"/>
        <source>conversation %1</source>
        <translation>conversation %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="86"/>
        <source>configuration not recorded</source>
        <translation>configuration non enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="86"/>
        <source>configuration %1</source>
        <translation>configuration %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="89"/>
        <source>This row could not be read in full: %1</source>
        <translation>Cette ligne n’a pas pu être lue entièrement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="94"/>
        <location filename="../ui/feedback/feedbackdetail.cpp" line="95"/>
        <source>None</source>
        <translation>Néant</translation>
    </message>
</context>
<context>
    <name>aistack::FeedbackDialog</name>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="16"/>
        <source>Incorrect</source>
        <translation>Incorrecte</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="17"/>
        <source>Not relevant</source>
        <translation>Hors sujet</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="18"/>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="19"/>
        <source>Outdated information</source>
        <translation>Informations obsolètes</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="20"/>
        <source>Unsafe</source>
        <translation>Dangereuse</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="21"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="27"/>
        <source>Good answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="27"/>
        <source>Bad answer</source>
        <translation>Mauvaise réponse</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="28"/>
        <source>What was good about it? (optional)</source>
        <translation>Qu’est-ce qui était bien&#x202f;? (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="29"/>
        <source>What was wrong with it? (optional)</source>
        <translation>Qu’est-ce qui n’allait pas&#x202f;? (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="31"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="42"/>
        <location filename="../ui/chat/feedbackdialog.cpp" line="43"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/chat/feedbackdialog.cpp" line="46"/>
        <source>Send feedback</source>
        <translation>Envoyer l’avis</translation>
    </message>
</context>
<context>
    <name>aistack::FeedbackModel</name>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="142"/>
        <source>Incorrect</source>
        <translation>Incorrecte</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="143"/>
        <source>Not relevant</source>
        <translation>Hors sujet</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="144"/>
        <source>Incomplete</source>
        <translation>Incomplète</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="145"/>
        <source>Outdated information</source>
        <translation>Informations obsolètes</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="146"/>
        <source>Unsafe</source>
        <translation>Dangereuse</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="147"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="166"/>
        <source>No thumbs given</source>
        <translation>Aucun pouce donné</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="166"/>
        <source>Thumbs up</source>
        <translation>Pouce levé</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="166"/>
        <source>Thumbs down</source>
        <translation>Pouce baissé</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="237"/>
        <source>This row could not be read in full: %1</source>
        <translation>Cette ligne n’a pas pu être lue entièrement&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="265"/>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="267"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="269"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="271"/>
        <source>Thumbs</source>
        <translation>Pouce</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="273"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="275"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="277"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="279"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackmodel.cpp" line="281"/>
        <source>Config</source>
        <translation>Configuration</translation>
    </message>
</context>
<context>
    <name>aistack::FeedbackPane</name>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="45"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="45"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="47"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="47"/>
        <source>Show every row</source>
        <translation>Afficher toutes les lignes</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="48"/>
        <location filename="../ui/feedback/feedbackpane.cpp" line="448"/>
        <source>Open conversation</source>
        <translation>Ouvrir la conversation</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="49"/>
        <source>The desktop user&apos;s conversations open in Chat; others&apos; read only (Enter)</source>
        <translation>Les conversations de l’utilisateur de l’application de bureau s’ouvrent dans le volet Chat&#x202f;; celles des autres, en lecture seule (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="50"/>
        <location filename="../ui/feedback/feedbackpane.cpp" line="453"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="51"/>
        <source>Delete the selected feedback and its file (Del)</source>
        <translation>Supprimer l’avis sélectionné et son fichier (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="52"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="53"/>
        <source>Save the rows shown as comma-separated values</source>
        <translation>Enregistrer les lignes affichées en valeurs séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="54"/>
        <source>Export JSON Lines…</source>
        <translation>Exporter en JSON Lines…</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="55"/>
        <source>Save the rows shown as JSON, one object per line</source>
        <translation>Enregistrer les lignes affichées en JSON, un objet par ligne</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="56"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="57"/>
        <source>Read the feedback from the database again (F5)</source>
        <translation>Relire les avis depuis la base de données (F5)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="64"/>
        <source>Search feedback</source>
        <translation>Rechercher dans les avis</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="65"/>
        <source>Search questions, answers, comments, users… (Ctrl+F)</source>
        <translation>Rechercher dans les questions, réponses, commentaires, utilisateurs… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="69"/>
        <source>Thumbs</source>
        <translation>Pouce</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="70"/>
        <source>Any thumbs</source>
        <translation>Avec ou sans pouce</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="71"/>
        <source>Thumbs up</source>
        <translation>Pouce levé</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="73"/>
        <source>Thumbs down</source>
        <translation>Pouce baissé</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="75"/>
        <source>No thumbs</source>
        <translation>Sans pouce</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="77"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="79"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="91"/>
        <source>Only feedback given on this day or later</source>
        <translation>Uniquement les avis donnés ce jour-là ou après</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="92"/>
        <source>Only feedback given on this day or earlier</source>
        <translation>Uniquement les avis donnés ce jour-là ou avant</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="94"/>
        <source>From day</source>
        <translation>Jour de début</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="94"/>
        <source>To day</source>
        <translation>Jour de fin</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="125"/>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="283"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="289"/>
        <source>The feedback could not be read: %1</source>
        <translation>Les avis n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="324"/>
        <source>Any category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="326"/>
        <source>Any user</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="327"/>
        <source>%1 (desktop)</source>
        <translation>%1 (bureau)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="376"/>
        <source>%1 of %2 shown, %3 👍 / %4 👎</source>
        <translation>Affichés&#xa0;: %1 sur %2, %3 👍 / %4 👎</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="385"/>
        <source>No feedback yet. Thumbs given in Chat or sent to /v1/feedback appear here.</source>
        <translation>Aucun avis pour l’instant. Les pouces donnés dans le volet Chat ou envoyés à /v1/feedback apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="386"/>
        <source>Feedback is switched off (user_data_collection.feedback_enabled).</source>
        <translation>Les avis sont désactivés (user_data_collection.feedback_enabled).</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="405"/>
        <source>Select a row to see the feedback in full.</source>
        <translation>Sélectionnez une ligne pour voir l’avis en entier.</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="449"/>
        <source>Copy question</source>
        <translation>Copier la question</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="481"/>
        <source>The conversation could not be read: %1</source>
        <translation>La conversation n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="496"/>
        <source>Delete feedback</source>
        <translation>Supprimer des avis</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/feedback/feedbackpane.cpp" line="497"/>
        <source>Delete %n piece(s) of feedback? The rows and their files in the feedback storage are removed; this cannot be undone.</source>
        <translation>
            <numerusform>Supprimer %n avis&#x202f;? La ligne et son fichier dans le stockage des avis sont supprimés&#x202f;; cette action est irréversible.</numerusform>
            <numerusform>Supprimer %n avis&#x202f;? Les lignes et leurs fichiers dans le stockage des avis sont supprimés&#x202f;; cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="515"/>
        <source>Some feedback was not deleted: %1</source>
        <translation>Certains avis n’ont pas été supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="526"/>
        <source>Export feedback as CSV</source>
        <translation>Exporter les avis en CSV</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="526"/>
        <source>Export feedback as JSON Lines</source>
        <translation>Exporter les avis en JSON Lines</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="528"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="528"/>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Fichiers JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/feedback/feedbackpane.cpp" line="542"/>
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform>
            <numerusform>%n lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/feedback/feedbackpane.cpp" line="544"/>
        <source>The feedback was not exported: %1</source>
        <translation>Les avis n’ont pas été exportés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>aistack::HostingForm</name>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="26"/>
        <source>Listen on</source>
        <translation>Écouter sur</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="27"/>
        <source>This computer only keeps the server private; a network address opens it to every device that can reach this computer.</source>
        <translation>«&#xa0;Cet ordinateur uniquement&#xa0;» garde le serveur privé&#x202f;; une adresse réseau l’ouvre à tous les appareils qui peuvent joindre cet ordinateur.</translation>
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
        <translation>n’importe quel port libre</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="39"/>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="39"/>
        <source>Choose the TLS certificate</source>
        <translation>Choisir le certificat TLS</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="40"/>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="41"/>
        <source>TLS private key</source>
        <translation>Clé privée TLS</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="41"/>
        <source>Choose the TLS private key</source>
        <translation>Choisir la clé privée TLS</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="42"/>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="43"/>
        <location filename="../ui/server/hostingform.cpp" line="44"/>
        <source>none: plain HTTP</source>
        <translation>aucun fichier&#xa0;: HTTP simple</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="47"/>
        <source>CORS origins</source>
        <translation>Origines CORS</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="48"/>
        <source>* (any) or https://app.example.com, …</source>
        <translation>* (toutes) ou https://app.example.com, …</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="49"/>
        <source>Web pages from these origins may call the API from a browser; separate them with commas.</source>
        <translation>Les pages web de ces origines peuvent appeler l’API depuis un navigateur&#x202f;; séparez-les par des virgules.</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="54"/>
        <source>Authentication is “noop”: anyone who can reach this computer over the network could act as any user. The server only listens beyond this computer when you allow it below (authentication.allow_noop_beyond_loopback), or configure noop-with-token, jwk-token or k8s authentication in the Stack pane.</source>
        <translation>L’authentification est «&#xa0;noop&#xa0;»&#xa0;: toute personne pouvant joindre cet ordinateur par le réseau pourrait agir en tant que n’importe quel utilisateur. Le serveur n’écoute au-delà de cet ordinateur que si vous l’autorisez ci-dessous (authentication.allow_noop_beyond_loopback) ou si vous configurez l’authentification noop-with-token, jwk-token ou k8s dans le volet Pile.</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="58"/>
        <source>Let anyone on the network act as any user</source>
        <translation>Permettre à toute personne sur le réseau d’agir en tant que n’importe quel utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="64"/>
        <source>Applied settings last until the app quits; the configuration file is not changed.</source>
        <translation>Les paramètres appliqués restent valables jusqu’à la fermeture de l’application&#x202f;; le fichier de configuration n’est pas modifié.</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="67"/>
        <source>Apply and restart</source>
        <translation>Appliquer et redémarrer</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="69"/>
        <source>Check the settings, then restart the server with them (Enter in a field)</source>
        <translation>Vérifier les paramètres, puis redémarrer le serveur avec ceux-ci (Entrée dans un champ)</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="74"/>
        <source>&amp;Listen on:</source>
        <translation>É&amp;couter sur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="75"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="76"/>
        <source>TLS &amp;certificate:</source>
        <translation>Cer&amp;tificat TLS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="77"/>
        <source>TLS private &amp;key:</source>
        <translation>C&amp;lé privée TLS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="78"/>
        <source>C&amp;ORS origins:</source>
        <translation>&amp;Origines CORS&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="111"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="113"/>
        <source>Choose the file: %1</source>
        <translation>Choisir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="140"/>
        <source>This computer only (127.0.0.1)</source>
        <translation>Cet ordinateur uniquement (127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="141"/>
        <source>Every IPv4 network (0.0.0.0)</source>
        <translation>Tous les réseaux IPv4 (0.0.0.0)</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="142"/>
        <source>Every network, IPv4 and IPv6 (::)</source>
        <translation>Tous les réseaux, IPv4 et IPv6 (::)</translation>
    </message>
    <message>
        <location filename="../ui/server/hostingform.cpp" line="146"/>
        <source>%1 only (%2)</source>
        <translation>%1 uniquement (%2)</translation>
    </message>
</context>
<context>
    <name>aistack::IngestItemModel</name>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="132"/>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="134"/>
        <source>Parsing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="136"/>
        <source>Embedding %1 of %2 chunks</source>
        <translation>Vectorisation&#xa0;: %1 passages sur %2</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="138"/>
        <source>Storing…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="140"/>
        <source>Stored (unchanged)</source>
        <translation>Enregistré (inchangé)</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="140"/>
        <source>Stored</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="142"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="144"/>
        <source>Skipped: %1</source>
        <translation>Ignoré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="146"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="148"/>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="169"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="171"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="277"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="279"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="281"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="283"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="285"/>
        <source>Chunks</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="287"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestitemmodel.cpp" line="289"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>aistack::IngestProgressPanel</name>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="13"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="17"/>
        <source>Ingestion progress</source>
        <translation>Progression de l’ingestion</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="20"/>
        <source>%v of %m files</source>
        <translation>%v fichiers sur %m</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="24"/>
        <source>Cancel the ingestion</source>
        <translation>Annuler l’ingestion</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="25"/>
        <source>Stop: the file being read and the queued files become cancelled; they can be retried</source>
        <translation>Arrêter&#xa0;: le fichier en cours de lecture et les fichiers en attente sont annulés&#x202f;; ils pourront être relancés</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="44"/>
        <source>%1 of %2 files</source>
        <translation>%1 fichiers sur %2</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="45"/>
        <source>%1 chunks</source>
        <translation>%1 passages</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="47"/>
        <source>%1 files/s</source>
        <translation>%1 fichiers/s</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="49"/>
        <source>%1 chunks/s</source>
        <translation>%1 passages/s</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="51"/>
        <source>about %1 s left</source>
        <translation>environ %1 s restantes</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="52"/>
        <source>about %1 min left</source>
        <translation>environ %1 min restantes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="54"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="56"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="59"/>
        <source>Now: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/documents/ingestprogresspanel.cpp" line="61"/>
        <source>Done: %1</source>
        <translation>Terminé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>aistack::LlmCall</name>
    <message>
        <location filename="../core/llm/llmcall.cpp" line="58"/>
        <source>The call was cancelled.</source>
        <translation>L’appel a été annulé.</translation>
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
        <translation>Volets</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="45"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="46"/>
        <source>Stack</source>
        <translation>Pile</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>Feedback</source>
        <translation>Avis</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>The Stack pane has edits that are not saved. Quit and lose them?</source>
        <translation>Le volet Pile contient des modifications non enregistrées. Quitter et les perdre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>Server failed: %1</source>
        <translation>Échec du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>Server starting…</source>
        <translation>Démarrage du serveur…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>Server stopping…</source>
        <translation>Arrêt du serveur…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Server stopped</source>
        <translation>Serveur arrêté</translation>
    </message>
</context>
<context>
    <name>aistack::McpServersPanel</name>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="29"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="29"/>
        <source>&amp;Test call</source>
        <translation>Appel d’&amp;essai</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="30"/>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="198"/>
        <source>Ar&amp;guments (JSON): select a tool above</source>
        <translation>Ar&amp;guments (JSON) : choisissez un outil ci-dessus</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="31"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="35"/>
        <source>&amp;MCP servers</source>
        <translation>Serveurs &amp;MCP</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="42"/>
        <source>MCP servers and their tools</source>
        <translation>Serveurs MCP et leurs outils</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="43"/>
        <source>Server or tool</source>
        <translation>Serveur ou outil</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="43"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="43"/>
        <source>Address or description</source>
        <translation>Adresse ou description</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="51"/>
        <source>Ask every server for its tools again</source>
        <translation>Redemander ses outils à chaque serveur</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="53"/>
        <source>Call the selected tool with these arguments, as the model would</source>
        <translation>Appeler l’outil choisi avec ces arguments, comme le ferait le modèle</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="61"/>
        <source>Arguments of the test call (JSON)</source>
        <translation>Arguments de l’appel d’essai (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="62"/>
        <source>Select a tool above; its arguments go here as JSON.</source>
        <translation>Choisissez un outil ci-dessus ; ses arguments se saisissent ici en JSON.</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="64"/>
        <source>Result of the test call</source>
        <translation>Résultat de l’appel d’essai</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="111"/>
        <source>Asking the servers for their tools…</source>
        <translation>Demande de leurs outils aux serveurs…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stack/mcpserverspanel.cpp" line="136"/>
        <source>online · %n tool(s)</source>
        <translation>
            <numerusform>en ligne · %n outil</numerusform>
            <numerusform>en ligne · %n outils</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="141"/>
        <source>unreachable</source>
        <translation>injoignable</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="144"/>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="167"/>
        <source>%1 (%2, required)</source>
        <translation>%1 (%2, obligatoire)</translation>
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
Arguments : %2</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="179"/>
        <source>No MCP servers are configured (mcp_servers: name, url).</source>
        <translation>Aucun serveur MCP n’est configuré (mcp_servers : name, url).</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stack/mcpserverspanel.cpp" line="181"/>
        <source>%1 of %2 servers online, %n tool(s) for the models</source>
        <translation>
            <numerusform>%1 serveurs sur %2 en ligne, %n outil pour les modèles</numerusform>
            <numerusform>%1 serveurs sur %2 en ligne, %n outils pour les modèles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="202"/>
        <source>Ar&amp;guments of %1 on %2 (JSON)</source>
        <translation>Ar&amp;guments de %1 sur %2 (JSON)</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="219"/>
        <source>Result of %1 on %2</source>
        <translation>Résultat de %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="221"/>
        <source>Calling %1 on %2…</source>
        <translation>Appel de %1 sur %2…</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="224"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="226"/>
        <source>Failed after %1:</source>
        <translation>Échec après %1 :</translation>
    </message>
    <message>
        <location filename="../ui/stack/mcpserverspanel.cpp" line="226"/>
        <source>Answered in %1:</source>
        <translation>Réponse en %1 :</translation>
    </message>
</context>
<context>
    <name>aistack::MessageList</name>
    <message>
        <location filename="../ui/chat/messagelist.cpp" line="19"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chat/messagelist.cpp" line="140"/>
        <source>Show earlier messages (%n more)</source>
        <translation>
            <numerusform>Afficher les messages précédents (%n de plus)</numerusform>
            <numerusform>Afficher les messages précédents (%n de plus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::MetricsPane</name>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="52"/>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="61"/>
        <source>&amp;5 min</source>
        <translation>&amp;5 min</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="62"/>
        <source>Show the last 5 minutes</source>
        <translation>Afficher les 5 dernières minutes</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="65"/>
        <source>1 &amp;h</source>
        <translation>1 &amp;h</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="66"/>
        <source>Show the last hour</source>
        <translation>Afficher la dernière heure</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="88"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="91"/>
        <source>Model for time to first token and queue wait</source>
        <translation>Modèle pour le délai du premier jeton et l’attente en file</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="92"/>
        <source>No model calls yet</source>
        <translation>Aucun appel de modèle pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="103"/>
        <source>Freeze the charts; sampling goes on (Space)</source>
        <translation>Figer les graphiques&#x202f;; l’échantillonnage continue (Espace)</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="105"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="107"/>
        <source>Export the visible series as CSV</source>
        <translation>Exporter les séries visibles en CSV</translation>
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
        <translation>Requêtes par protocole</translation>
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
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="135"/>
        <source>Requests by status</source>
        <translation>Requêtes par statut</translation>
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
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="137"/>
        <source>Open connections</source>
        <translation>Connexions ouvertes</translation>
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
        <translation>Sessions et piles</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="138"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="138"/>
        <source>Stacks</source>
        <translation>Piles</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="139"/>
        <source>Tokens per second</source>
        <translation>Jetons par seconde</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="139"/>
        <source>Generated</source>
        <translation>Générés</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="140"/>
        <source>Time to first token</source>
        <translation>Délai du premier jeton</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="141"/>
        <source>Queue wait</source>
        <translation>Attente en file</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="142"/>
        <source>Ingestion</source>
        <translation>Ingestion</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="142"/>
        <source>Chunks</source>
        <translation>Passages</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="143"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="143"/>
        <source>Resident</source>
        <translation>Résidente</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="144"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="144"/>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="240"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="240"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="241"/>
        <source>Resume the live charts</source>
        <translation>Reprendre les graphiques en direct</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="241"/>
        <source>Pause the live charts</source>
        <translation>Mettre en pause les graphiques en direct</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="242"/>
        <source>Paused at %1 — Space resumes</source>
        <translation>En pause depuis %1 — Espace pour reprendre</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="244"/>
        <source>Live, every second — Space pauses</source>
        <translation>En direct, chaque seconde — Espace pour mettre en pause</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="313"/>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="316"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="329"/>
        <source>Requests: %1</source>
        <translation>Requêtes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="331"/>
        <location filename="../ui/metrics/metricspane.cpp" line="341"/>
        <location filename="../ui/metrics/metricspane.cpp" line="376"/>
        <source>per second</source>
        <translation>par seconde</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="339"/>
        <source>Errors (5xx): %1 %</source>
        <translation>Erreurs (5xx)&#xa0;: %1 %</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="339"/>
        <source>Errors (5xx): none</source>
        <translation>Erreurs (5xx)&#xa0;: aucune</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="357"/>
        <source>%1 p95: %2</source>
        <translation>%1 p95&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="359"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="361"/>
        <source>no requests</source>
        <translation>aucune requête</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="364"/>
        <source>Open connections: %1</source>
        <translation>Connexions ouvertes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="370"/>
        <source>Active sessions: %1</source>
        <translation>Sessions actives&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="375"/>
        <source>Tokens: %1</source>
        <translation>Jetons&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="378"/>
        <source>no calls yet</source>
        <translation>aucun appel pour l’instant</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="378"/>
        <source>none in %1</source>
        <translation>aucun appel en %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="383"/>
        <source>Ingestion: %1</source>
        <translation>Ingestion&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="383"/>
        <source>%1 chunks/s</source>
        <translation>%1 passages/s</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="384"/>
        <source>chunks per second</source>
        <translation>passages par seconde</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="388"/>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="389"/>
        <source>Memory: %1</source>
        <translation>Mémoire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="389"/>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="393"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="394"/>
        <source>CPU: %1</source>
        <translation>CPU&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="394"/>
        <source>% of one core</source>
        <translation>% d’un cœur</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="421"/>
        <location filename="../ui/metrics/metricspane.cpp" line="426"/>
        <source>Export metrics</source>
        <translation>Exporter les métriques</translation>
    </message>
    <message>
        <location filename="../ui/metrics/metricspane.cpp" line="421"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>aistack::PromptEdit</name>
    <message>
        <location filename="../ui/chat/composer.cpp" line="17"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ui/chat/composer.cpp" line="18"/>
        <source>Ask a question (Enter sends, Shift+Enter adds a line)</source>
        <translation>Posez une question (Entrée pour envoyer, Maj+Entrée pour aller à la ligne)</translation>
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
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="146"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="148"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="150"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="152"/>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="154"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/server/requestlogmodel.cpp" line="156"/>
        <source>Duration (ms)</source>
        <translation>Durée (ms)</translation>
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
        <translation>Aperçu de la recherche</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="26"/>
        <source>Question to preview</source>
        <translation>Question à prévisualiser</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="27"/>
        <source>Type a question and press Enter to see the passages the chat would get</source>
        <translation>Saisissez une question et appuyez sur Entrée pour voir les passages que le chat recevrait</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="32"/>
        <source>Passages</source>
        <translation>Passages</translation>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="34"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="34"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="63"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location filename="../ui/documents/retrievalpreview.cpp" line="91"/>
        <source>No passage matches: the chat would answer without documents.</source>
        <translation>Aucun passage ne correspond&#xa0;: le chat répondrait sans documents.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/documents/retrievalpreview.cpp" line="92"/>
        <source>%n passage(s), best first, as the chat gets them</source>
        <translation>
            <numerusform>%n passage, tel que le chat le reçoit</numerusform>
            <numerusform>%n passages, du meilleur au moins bon, tels que le chat les reçoit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::RetryingRequest</name>
    <message>
        <location filename="../core/llm/openai/retryingrequest.cpp" line="119"/>
        <source>no answer within %1 s (ai_client.timeout)</source>
        <translation>aucune réponse en %1 s (ai_client.timeout)</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/retryingrequest.cpp" line="120"/>
        <source>no connection within %1 s (ai_client.connect_timeout)</source>
        <translation>aucune connexion en %1 s (ai_client.connect_timeout)</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/retryingrequest.cpp" line="122"/>
        <source>The provider timed out: %1.</source>
        <translation>Le fournisseur n’a pas répondu à temps&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/retryingrequest.cpp" line="129"/>
        <source>Cannot reach %1: %2. Check that the server runs and ai_client.base_url.</source>
        <translation>Impossible de joindre %1&#xa0;: %2. Vérifiez que le serveur fonctionne, ainsi que ai_client.base_url.</translation>
    </message>
    <message>
        <location filename="../core/llm/openai/retryingrequest.cpp" line="136"/>
        <source>The connection broke during the reply: %1</source>
        <translation>La connexion a été interrompue pendant la réponse&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/llm/openai/retryingrequest.cpp" line="179"/>
        <source>(tried %n times)</source>
        <translation>
            <numerusform>(%n tentative)</numerusform>
            <numerusform>(%n tentatives)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aistack::SecretDialog</name>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="21"/>
        <source>Store an API key in the keychain</source>
        <translation>Enregistrer une clé d’API dans le trousseau de clés</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="25"/>
        <source>The key is kept in the system keychain, not in the file: the file only names the entry, as keychain:NAME, and aistack reads the key from the keychain at start.</source>
        <translation>La clé est conservée dans le trousseau de clés du système, pas dans le fichier&#xa0;: le fichier ne fait que nommer l’entrée, sous la forme keychain:NAME, et aistack lit la clé dans le trousseau au démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="28"/>
        <source>Entry name</source>
        <translation>Nom de l’entrée</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="29"/>
        <source>e.g. openai-key</source>
        <translation>p. ex. openai-key</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="31"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="35"/>
        <source>Keychain status</source>
        <translation>État du trousseau de clés</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="39"/>
        <source>&amp;Entry name:</source>
        <translation>&amp;Nom de l’entrée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="40"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="42"/>
        <source>&amp;Store in keychain</source>
        <translation>&amp;Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="56"/>
        <source>Looking for the system keychain…</source>
        <translation>Recherche du trousseau de clés du système…</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="62"/>
        <location filename="../ui/stack/secretdialog.cpp" line="101"/>
        <source>The system keychain is ready.</source>
        <translation>Le trousseau de clés du système est prêt.</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="64"/>
        <source>No keychain service is running on this computer (%1), so nothing can be stored. Write the key in the file as ${VARIABLE} instead and set that environment variable before starting aistack.</source>
        <translation>Aucun service de trousseau de clés ne fonctionne sur cet ordinateur (%1)&#x202f;; rien ne peut donc être enregistré. Écrivez plutôt la clé dans le fichier sous la forme ${VARIABLE} et définissez cette variable d’environnement avant de démarrer aistack.</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="99"/>
        <source>The entry name may hold letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>Le nom de l’entrée ne peut contenir que des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="108"/>
        <source>Storing…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../ui/stack/secretdialog.cpp" line="117"/>
        <source>The key was not stored: %1</source>
        <translation>La clé n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>aistack::ServerPane</name>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="55"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="183"/>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="185"/>
        <source>Uptime:</source>
        <translation>Durée de fonctionnement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="186"/>
        <source>Requests answered:</source>
        <translation>Requêtes traitées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="187"/>
        <source>Open connections:</source>
        <translation>Connexions ouvertes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="188"/>
        <source>Requests in flight:</source>
        <translation>Requêtes en cours&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="306"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="309"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="312"/>
        <source>Listening</source>
        <translation>À l’écoute</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="315"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="318"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="279"/>
        <source>not listening</source>
        <translation>pas à l’écoute</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="61"/>
        <source>Hosting</source>
        <translation>Hébergement</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="73"/>
        <location filename="../ui/server/serverpane.cpp" line="204"/>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
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
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="87"/>
        <source>Duration (ms)</source>
        <translation>Durée (ms)</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="96"/>
        <source>The menu key opens the actions of the current request</source>
        <translation>La touche Menu ouvre les actions de la requête courante</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="138"/>
        <source>Addresses the server is reached at</source>
        <translation>Adresses auxquelles joindre le serveur</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="140"/>
        <source>Copy URL</source>
        <translation>Copier l’URL</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="142"/>
        <source>Copy the selected address (Ctrl+C in the list)</source>
        <translation>Copier l’adresse sélectionnée (Ctrl+C dans la liste)</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="171"/>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="173"/>
        <source>Stop the server, letting requests in flight finish, and start it again</source>
        <translation>Arrêter le serveur en laissant se terminer les requêtes en cours, puis le redémarrer</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="184"/>
        <source>Reach it at:</source>
        <translation>Joignable à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="211"/>
        <source>Show the requests of protocol</source>
        <translation>Afficher les requêtes du protocole</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="212"/>
        <source>All protocols</source>
        <translation>Tous les protocoles</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="220"/>
        <source>Show the requests of status</source>
        <translation>Afficher les requêtes de statut</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="221"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="222"/>
        <source>2xx success</source>
        <translation>2xx succès</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="223"/>
        <source>3xx redirect</source>
        <translation>3xx redirection</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="224"/>
        <source>4xx client error</source>
        <translation>4xx erreur client</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="225"/>
        <source>5xx server error</source>
        <translation>5xx erreur serveur</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="231"/>
        <source>Show the requests of client</source>
        <translation>Afficher les requêtes du client</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="232"/>
        <source>Client address contains…</source>
        <translation>L’adresse du client contient…</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="312"/>
        <source>Listening (HTTPS)</source>
        <translation>À l’écoute (HTTPS)</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="325"/>
        <source>Stop server</source>
        <translation>Arrêter le serveur</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="325"/>
        <source>Start server</source>
        <translation>Démarrer le serveur</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="338"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="360"/>
        <source>Copy the request</source>
        <translation>Copier la requête</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="363"/>
        <source>Show only client %1</source>
        <translation>Afficher uniquement le client %1</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="364"/>
        <source>Show only %1 requests</source>
        <translation>Afficher uniquement les requêtes %1</translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="366"/>
        <source>Show only status %1xx</source>
        <translation>Afficher uniquement le statut %1xx</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/server/serverpane.cpp" line="376"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/server/serverpane.cpp" line="377"/>
        <source>%1 of %2 requests</source>
        <translation>%1 requêtes sur %2</translation>
    </message>
</context>
<context>
    <name>aistack::SessionTableModel</name>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="78"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="80"/>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="82"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="84"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="145"/>
        <source>Persistent</source>
        <translation>Persistante</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="145"/>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="153"/>
        <source>Initialised</source>
        <translation>Initialisée</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="153"/>
        <source>Not initialised</source>
        <translation>Non initialisée</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="161"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="163"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="163"/>
        <source>LAN</source>
        <translation>LAN</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="176"/>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="178"/>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="180"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="182"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="184"/>
        <source>Last active</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="186"/>
        <source>Stack</source>
        <translation>Pile</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="188"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="190"/>
        <source>Queries</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="192"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="194"/>
        <source>Peer address</source>
        <translation>Adresse distante</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="196"/>
        <source>Local/LAN</source>
        <translation>Local/LAN</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessiontablemodel.cpp" line="198"/>
        <source>Config ID</source>
        <translation>ID de configuration</translation>
    </message>
</context>
<context>
    <name>aistack::SessionsPane</name>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="61"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="62"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="112"/>
        <source>KISS sessions</source>
        <translation>Sessions KISS</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="63"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="205"/>
        <source>Lightspeed users</source>
        <translation>Utilisateurs Lightspeed</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="76"/>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="82"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="84"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="157"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="249"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="111"/>
        <source>Filter sessions</source>
        <translation>Filtrer les sessions</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="123"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="124"/>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="124"/>
        <source>Active</source>
        <translation>Actives</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="124"/>
        <source>Ended</source>
        <translation>Terminées</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="150"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="162"/>
        <source>Close…</source>
        <translation>Fermer…</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="151"/>
        <source>End the session&apos;s stack as the client&apos;s own close does; a temporary session ends and its documents are deleted (Delete)</source>
        <translation>Arrêter la pile de la session comme le fait la fermeture par le client lui-même&#x202f;; une session temporaire prend fin et ses documents sont supprimés (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="155"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="167"/>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="156"/>
        <source>End the session for good: its token and secret are refused from now on (Shift+Delete)</source>
        <translation>Mettre fin définitivement à la session&#xa0;: son jeton et son secret sont désormais refusés (Maj+Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="158"/>
        <source>Save the list as shown as a CSV file (Ctrl+E)</source>
        <translation>Enregistrer la liste telle qu’affichée dans un fichier CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="204"/>
        <source>Filter users</source>
        <translation>Filtrer les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="208"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="208"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="208"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="224"/>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="208"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="221"/>
        <source>Conversations of the selected user</source>
        <translation>Conversations de l’utilisateur sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="224"/>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="224"/>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="224"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="241"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="246"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="247"/>
        <source>Show the conversation&apos;s turns, read-only (Enter)</source>
        <translation>Afficher les tours de la conversation, en lecture seule (Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="250"/>
        <source>Save the list of users as shown as a CSV file (Ctrl+E)</source>
        <translation>Enregistrer la liste des utilisateurs telle qu’affichée dans un fichier CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="258"/>
        <location filename="../ui/sessions/sessionspane.cpp" line="541"/>
        <source>Select a user to list their conversations.</source>
        <translation>Sélectionnez un utilisateur pour afficher ses conversations.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="298"/>
        <source>The sessions could not be read: %1</source>
        <translation>Les sessions n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionspane.cpp" line="370"/>
        <source>%n session(s), %1 active</source>
        <translation>
            <numerusform>%n session, actives&#xa0;: %1</numerusform>
            <numerusform>%n sessions, actives&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionspane.cpp" line="372"/>
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="418"/>
        <source>Revoke session %1? Its token and its secret are refused from now on, on every route; the client has to start a new session.</source>
        <translation>Révoquer la session %1&#x202f;? Son jeton et son secret seront désormais refusés sur toutes les routes&#x202f;; le client devra ouvrir une nouvelle session.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionspane.cpp" line="421"/>
        <source>Revoke %n sessions? Their tokens and secrets are refused from now on, on every route; the clients have to start new sessions.</source>
        <translation>
            <numerusform>Révoquer %n session&#x202f;? Son jeton et son secret seront désormais refusés sur toutes les routes&#x202f;; le client devra ouvrir une nouvelle session.</numerusform>
            <numerusform>Révoquer %n sessions&#x202f;? Leurs jetons et leurs secrets seront désormais refusés sur toutes les routes&#x202f;; les clients devront ouvrir de nouvelles sessions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="428"/>
        <source>Close session %1? It ends, and its documents are deleted.</source>
        <translation>Fermer la session %1&#x202f;? Elle prend fin et ses documents sont supprimés.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="429"/>
        <source>Close session %1? Its stack is taken down; it keeps its documents and may start it again.</source>
        <translation>Fermer la session %1&#x202f;? Sa pile est arrêtée&#x202f;; elle conserve ses documents et pourra la redémarrer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessionspane.cpp" line="434"/>
        <source>Close %n sessions? Temporary ones end and their documents are deleted; persistent ones keep their documents and may start their stacks again.</source>
        <translation>
            <numerusform>Fermer %n session&#x202f;? Une session temporaire prend fin et ses documents sont supprimés&#x202f;; une session persistante conserve ses documents et pourra redémarrer sa pile.</numerusform>
            <numerusform>Fermer %n sessions&#x202f;? Les sessions temporaires prennent fin et leurs documents sont supprimés&#x202f;; les sessions persistantes conservent leurs documents et pourront redémarrer leur pile.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="439"/>
        <source>Revoke sessions</source>
        <translation>Révoquer des sessions</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="439"/>
        <source>Close sessions</source>
        <translation>Fermer des sessions</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="448"/>
        <source>Session %1 was not revoked: %2</source>
        <translation>La session %1 n’a pas été révoquée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="449"/>
        <source>Session %1 was not closed: %2</source>
        <translation>La session %1 n’a pas été fermée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="468"/>
        <source>Copy client ID</source>
        <translation>Copier l’ID client</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="483"/>
        <source>Export sessions</source>
        <translation>Exporter les sessions</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="483"/>
        <source>Export users</source>
        <translation>Exporter les utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="485"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="490"/>
        <source>The list was not saved: %1</source>
        <translation>La liste n’a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="500"/>
        <source>The users could not be read: %1</source>
        <translation>Les utilisateurs n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="545"/>
        <source>Conversations of %1 (Enter opens the selected one, read-only)</source>
        <translation>Conversations de %1 (Entrée ouvre la conversation sélectionnée, en lecture seule)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessionspane.cpp" line="551"/>
        <source>The conversations could not be read: %1</source>
        <translation>Les conversations n’ont pas pu être lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>aistack::SourceOpener</name>
    <message>
        <location filename="../ui/chat/sourceopener.cpp" line="37"/>
        <source>%1 was added without a file on this computer, so it cannot be opened.</source>
        <translation>%1 a été ajouté sans fichier sur cet ordinateur et ne peut donc pas être ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceopener.cpp" line="38"/>
        <source>%1 is no longer at %2.</source>
        <translation>%1 ne se trouve plus à l’emplacement %2.</translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceopener.cpp" line="44"/>
        <location filename="../ui/chat/sourceopener.cpp" line="55"/>
        <location filename="../ui/chat/sourceopener.cpp" line="62"/>
        <source>No application opens %1.</source>
        <translation>Aucune application ne peut ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>aistack::SourcesList</name>
    <message>
        <location filename="../ui/chat/sourceslist.cpp" line="43"/>
        <source>Sources (%1)</source>
        <translation>Sources (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/chat/sourceslist.cpp" line="44"/>
        <source>Sources: %n passage(s)</source>
        <translation>
            <numerusform>Sources&#xa0;: %n passage</numerusform>
            <numerusform>Sources&#xa0;: %n passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceslist.cpp" line="65"/>
        <source>expanded</source>
        <translation>développé</translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceslist.cpp" line="65"/>
        <source>collapsed</source>
        <translation>réduit</translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceslist.cpp" line="83"/>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceslist.cpp" line="97"/>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/sourceslist.cpp" line="99"/>
        <source>Source %1: %2, score %3</source>
        <translation>Source %1&#xa0;: %2, score %3</translation>
    </message>
</context>
<context>
    <name>aistack::StackPane</name>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="48"/>
        <source>Stack</source>
        <translation>Pile</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="63"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="68"/>
        <source>&amp;Restart them</source>
        <translation>Les &amp;redémarrer</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="69"/>
        <source>Rebuild these sessions&apos; stacks on the configuration in force</source>
        <translation>Reconstruire les piles de ces sessions sur la configuration en vigueur</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="77"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="78"/>
        <location filename="../ui/stack/stackpane.cpp" line="338"/>
        <source>Put this configuration in force without restarting (Ctrl+Return)</source>
        <translation>Mettre cette configuration en vigueur sans redémarrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="79"/>
        <location filename="../ui/stack/stackpane.cpp" line="305"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="80"/>
        <source>Write the file, keeping the previous version as a .bak file (Ctrl+S)</source>
        <translation>Écrire le fichier en conservant la version précédente dans un fichier .bak (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="81"/>
        <source>Re&amp;vert</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="81"/>
        <source>Discard the edits</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="84"/>
        <source>Reload the file from disk</source>
        <translation>Recharger le fichier depuis le disque</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="86"/>
        <source>Load the running configuration</source>
        <translation>Charger la configuration active</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="89"/>
        <source>&amp;Diff…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="90"/>
        <source>Compare the editor with the running configuration (Ctrl+D)</source>
        <translation>Comparer l’éditeur avec la configuration active (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="92"/>
        <source>API &amp;key…</source>
        <translation>C&amp;lé d’API…</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="93"/>
        <source>Store an API key in the system keychain and write keychain:NAME at the cursor</source>
        <translation>Enregistrer une clé d’API dans le trousseau de clés du système et écrire keychain:NAME à la position du curseur</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="96"/>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="106"/>
        <source>Configuration file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="108"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="109"/>
        <source>Enter or a click goes to the line</source>
        <translation>Entrée ou un clic mène à la ligne</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="114"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problèmes</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="240"/>
        <source>The file changed on disk and was loaded again. Apply puts it in force.</source>
        <translation>Le fichier a été modifié sur le disque et a été rechargé. «&#xa0;Appliquer&#xa0;» le met en vigueur.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="246"/>
        <source>The file changed on disk while you were editing it. Revert › Reload the file from disk shows that version (your edits go); Save replaces it with yours.</source>
        <translation>Le fichier a été modifié sur le disque pendant que vous l’éditiez. «&#xa0;Restaurer › Recharger le fichier depuis le disque&#xa0;» affiche cette version (vos modifications sont perdues)&#x202f;; «&#xa0;Enregistrer&#xa0;» la remplace par la vôtre.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="288"/>
        <source>Running configuration %1, applied %2</source>
        <translation>Configuration active %1, appliquée à %2</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="289"/>
        <source>Running configuration %1, loaded %2</source>
        <translation>Configuration active %1, chargée à %2</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="291"/>
        <source>%1 · the built-in configuration</source>
        <translation>%1 · la configuration intégrée</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="292"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="296"/>
        <source>This is the built-in configuration, which is read-only. “Save a copy” writes it to %1, the file AI Stack Desktop reads at every start; you can then edit and apply it. Relative paths in the copy are made absolute, so the same database and documents stay in use.</source>
        <translation>Ceci est la configuration intégrée, en lecture seule. «&#xa0;Enregistrer une copie&#xa0;» l’écrit dans %1, le fichier qu’AI Stack Desktop lit à chaque démarrage&#x202f;; vous pourrez ensuite la modifier et l’appliquer. Les chemins relatifs de la copie sont rendus absolus, afin que la même base de données et les mêmes documents restent utilisés.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="305"/>
        <source>&amp;Save a copy</source>
        <translation>&amp;Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="313"/>
        <source>1 session keeps the previous configuration until it closes.</source>
        <translation>1 session conserve la configuration précédente jusqu’à sa fermeture.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="314"/>
        <source>%1 sessions keep the previous configuration until they close.</source>
        <translation>%1 sessions conservent la configuration précédente jusqu’à leur fermeture.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="316"/>
        <source>Restart the session on the configuration in force</source>
        <translation>Redémarrer la session sur la configuration en vigueur</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="317"/>
        <source>Restart the %1 sessions on the configuration in force</source>
        <translation>Redémarrer les %1 sessions sur la configuration en vigueur</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="325"/>
        <source>Busy…</source>
        <translation>Opération en cours…</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="327"/>
        <source>The built-in configuration is read-only: save a copy first.</source>
        <translation>La configuration intégrée est en lecture seule&#xa0;: enregistrez-en d’abord une copie.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="329"/>
        <location filename="../ui/stack/stackpane.cpp" line="348"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="331"/>
        <source>The file has problems; fix them to apply it.</source>
        <translation>Le fichier comporte des problèmes&#x202f;; corrigez-les pour pouvoir l’appliquer.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="333"/>
        <source>This is the configuration in force.</source>
        <translation>C’est la configuration en vigueur.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="350"/>
        <source>1 problem: cannot be applied</source>
        <translation>1 problème&#xa0;: application impossible</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="351"/>
        <source>%1 problems: cannot be applied</source>
        <translation>%1 problèmes&#xa0;: application impossible</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="354"/>
        <source>Valid · in force</source>
        <translation>Valide · en vigueur</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="354"/>
        <source>Valid · not applied yet</source>
        <translation>Valide · pas encore appliquée</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="357"/>
        <source> · unsaved changes</source>
        <translation> · modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="381"/>
        <source>Discard edits</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="381"/>
        <source>Discard the edits that are not saved?</source>
        <translation>Abandonner les modifications non enregistrées&#x202f;?</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="409"/>
        <source>The editor holds the running configuration %1.</source>
        <translation>L’éditeur contient la configuration active %1.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="464"/>
        <source>&amp;Problems: none</source>
        <translation>&amp;Problèmes&#xa0;: aucun</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="465"/>
        <source>&amp;Problems (%1) — Enter or a click goes to the line, F8 to the next</source>
        <translation>&amp;Problèmes (%1) — Entrée ou un clic mène à la ligne, F8 au suivant</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="476"/>
        <source>Replace file</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="477"/>
        <source>%1 exists. Replace it? Its current version is kept as %2.</source>
        <translation>%1 existe déjà. Le remplacer&#x202f;? Sa version actuelle est conservée sous %2.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="489"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="498"/>
        <source>Saved %1. Apply puts it in force.</source>
        <translation>Fichier %1 enregistré. «&#xa0;Appliquer&#xa0;» le met en vigueur.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="499"/>
        <source>Saved %1; the previous version is %2. Apply puts it in force.</source>
        <translation>Fichier %1 enregistré&#x202f;; la version précédente est %2. «&#xa0;Appliquer&#xa0;» le met en vigueur.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="514"/>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="524"/>
        <source>Not applied: %1</source>
        <translation>Non appliquée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="534"/>
        <source>Configuration %1 is in force: new sessions and new chat answers use it.</source>
        <translation>La configuration %1 est en vigueur&#xa0;: les nouvelles sessions et les nouvelles réponses du chat l’utilisent.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="537"/>
        <source>The file was saved.</source>
        <translation>Le fichier a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="538"/>
        <source>The file was saved; the previous version is %1.</source>
        <translation>Le fichier a été enregistré&#x202f;; la version précédente est %1.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="541"/>
        <source>Changes to %1 take effect at the next start.</source>
        <translation>Les modifications de %1 prendront effet au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="582"/>
        <source>The key is stored in the keychain as %1; the file names it. Save and apply to use it.</source>
        <translation>La clé est enregistrée dans le trousseau de clés sous le nom %1&#x202f;; le fichier y fait référence. Enregistrez et appliquez pour l’utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="592"/>
        <source>1 session</source>
        <translation>1 session</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="592"/>
        <source>%1 sessions</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="594"/>
        <source>Restart sessions</source>
        <translation>Redémarrer des sessions</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="595"/>
        <source>Rebuild the stacks of %1 on the configuration in force? Their documents stay; queries running now finish on the previous configuration.</source>
        <translation>Reconstruire les piles de %1 sur la configuration en vigueur&#x202f;? Les documents sont conservés&#x202f;; les requêtes en cours se terminent sur la configuration précédente.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="603"/>
        <source>1 session now uses the configuration in force.</source>
        <translation>1 session utilise désormais la configuration en vigueur.</translation>
    </message>
    <message>
        <location filename="../ui/stack/stackpane.cpp" line="604"/>
        <source>%1 sessions now use the configuration in force.</source>
        <translation>%1 sessions utilisent désormais la configuration en vigueur.</translation>
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
        <translation>Outil %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="85"/>
        <source>Tool %1 on %2</source>
        <translation>Outil %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="87"/>
        <source>%1 · waiting for your approval</source>
        <translation>%1 · en attente de votre accord</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="89"/>
        <source>%1 · running…</source>
        <translation>%1 · en cours…</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="93"/>
        <source>%1 · failed · %2</source>
        <translation>%1 · échec · %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="93"/>
        <source>%1 · done · %2</source>
        <translation>%1 · terminé · %2</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="110"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="111"/>
        <source>Arguments of the tool call</source>
        <translation>Arguments de l’appel d’outil</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="112"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="113"/>
        <source>Result of the tool call</source>
        <translation>Résultat de l’appel d’outil</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="141"/>
        <source>Show or hide the call&apos;s arguments and result</source>
        <translation>Afficher ou masquer les arguments et le résultat de l’appel</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="147"/>
        <source>(running)</source>
        <translation>(en cours)</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="157"/>
        <source>expanded</source>
        <translation>déplié</translation>
    </message>
    <message>
        <location filename="../ui/chat/toolcallslist.cpp" line="157"/>
        <source>collapsed</source>
        <translation>replié</translation>
    </message>
</context>
<context>
    <name>aistack::TranscriptDialog</name>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="29"/>
        <source>Conversation: %1</source>
        <translation>Conversation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="34"/>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="43"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="71"/>
        <source>This conversation has no turns.</source>
        <translation>Cette conversation n’a aucun tour.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="73"/>
        <source>Question, %1</source>
        <translation>Question, %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="85"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="86"/>
        <source>Answer by %1 (%2)</source>
        <translation>Réponse de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/transcriptdialog.cpp" line="104"/>
        <source>The conversation could not be read: %1</source>
        <translation>La conversation n’a pas pu être lue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>aistack::TurnWidget</name>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="56"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="60"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="60"/>
        <source>Edit this question and ask again</source>
        <translation>Modifier cette question et la reposer</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="70"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="76"/>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="85"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="91"/>
        <source>Answer details</source>
        <translation>Détails de la réponse</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="93"/>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="94"/>
        <source>Next version</source>
        <translation>Version suivante</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="96"/>
        <location filename="../ui/chat/turnwidget.cpp" line="167"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="96"/>
        <source>Copy the answer</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="97"/>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="98"/>
        <source>Regenerate the answer (the earlier one is kept as a version)</source>
        <translation>Régénérer la réponse (la précédente est conservée comme version)</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="99"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="99"/>
        <source>Good answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="100"/>
        <source>Bad</source>
        <translation>Pas bien</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="100"/>
        <source>Bad answer</source>
        <translation>Mauvaise réponse</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="105"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="105"/>
        <source>Ask this question again</source>
        <translation>Reposer cette question</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="148"/>
        <source>Run these calls once</source>
        <translation>Exécuter ces appels une fois</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="149"/>
        <source>Run them, and run calls of these tools without asking until aistack stops</source>
        <translation>Les exécuter, puis exécuter les appels de ces outils sans demander jusqu’à l’arrêt d’aistack</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="150"/>
        <source>Do not run them: the model is told they were not allowed</source>
        <translation>Ne pas les exécuter : le modèle apprend qu’ils n’ont pas été autorisés</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="166"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="217"/>
        <source>first token %1 s</source>
        <translation>premier jeton %1 s</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="220"/>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="222"/>
        <source>~%1 → ~%2 tokens</source>
        <translation>~%1 → ~%2 jetons</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="222"/>
        <source>%1 → %2 tokens</source>
        <translation>%1 → %2 jetons</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="225"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="227"/>
        <source>configuration %1</source>
        <translation>configuration %1</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="243"/>
        <source>Waiting for your answer…</source>
        <translation>En attente de votre réponse…</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="246"/>
        <source>Calling %1…</source>
        <translation>Appel de %1…</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="247"/>
        <source>Thinking…</source>
        <translation>Réflexion…</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="287"/>
        <source>%1 on %2 with %3</source>
        <translation>%1 sur %2 avec %3</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="288"/>
        <source>The model wants to call:
%1</source>
        <translation>Le modèle veut appeler :
%1</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="244"/>
        <source>Writing…</source>
        <translation>Rédaction…</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="48"/>
        <source>&amp;Allow</source>
        <translation>&amp;Autoriser</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="48"/>
        <source>Always allow &amp;this tool</source>
        <translation>Toujours autoriser ce&amp;t outil</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="49"/>
        <source>&amp;Deny</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="250"/>
        <source>Stopped before the model answered.</source>
        <translation>Arrêté avant que le modèle ne réponde.</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="250"/>
        <source>Stopped before the end.</source>
        <translation>Arrêté avant la fin.</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="266"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location filename="../ui/chat/turnwidget.cpp" line="267"/>
        <source>Version %1 of %2</source>
        <translation>Version %1 sur %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/commandline.cpp" line="12"/>
        <source>AI Stack Desktop: chat with an AI stack, feed it documents, and serve it on the network (KISS AI Stack and Lightspeed Core Service APIs).</source>
        <translation>AI Stack Desktop&#xa0;: dialoguez avec une pile d’IA, fournissez-lui des documents et servez-la sur le réseau (API KISS AI Stack et Lightspeed Core Service).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="18"/>
        <source>Read the configuration from &lt;path&gt;.</source>
        <translation>Lire la configuration depuis &lt;path&gt;.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="21"/>
        <source>Run the server without a window.</source>
        <translation>Exécuter le serveur sans fenêtre.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="24"/>
        <source>Listen on &lt;address&gt; (overrides service.host).</source>
        <translation>Écouter sur &lt;address&gt; (remplace service.host).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>Listen on &lt;port&gt; (overrides service.port; 0 picks a free port).</source>
        <translation>Écouter sur &lt;port&gt; (remplace service.port&#x202f;; 0 choisit un port libre).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="33"/>
        <source>Validate the configuration, print any errors, and exit (0: valid, 1: errors).</source>
        <translation>Valider la configuration, afficher les éventuelles erreurs et quitter (0&#xa0;: valide, 1&#xa0;: erreurs).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="37"/>
        <source>Add the document at &lt;path&gt; (or every supported file in the folder) to the stack&apos;s first rag tool at start. Repeatable.</source>
        <translation>Au démarrage, ajouter le document situé à &lt;path&gt; (ou chaque fichier pris en charge du dossier) au premier outil rag de la pile. Répétable.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="43"/>
        <source>Write pictures of each pane with sample content (light and dark) to &lt;folder&gt; and exit; needs no display and touches no user data.</source>
        <translation>Écrire des images de chaque volet avec un contenu d’exemple (clair et sombre) dans &lt;folder&gt; puis quitter&#x202f;; ne nécessite pas d’écran et ne touche à aucune donnée utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="56"/>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="71"/>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port doit être un nombre de 0 à 65535</translation>
    </message>
</context>
</TS>
