<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityView</name>
    <message>
        <source>Choose an activity on the Home page or in the Library.</source>
        <translation>Choisissez une activité sur la page d’accueil ou dans la bibliothèque.</translation>
    </message>
    <message>
        <source>This {kind} opens here in the next release: {file}</source>
        <translation>Ce type d’activité ({kind}) s’ouvrira ici dans la prochaine version&#xa0;: {file}</translation>
    </message>
</context>
<context>
    <name>BrandingSettings</name>
    <message>
        <source>Certificates issued here</source>
        <translation>Certificats délivrés ici</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Name, title (for example the CPIMS+ coordinator)</source>
        <translation>Nom, fonction (par exemple le coordinateur CPIMS+)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Choisir le logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>The signing key cannot be read.</source>
        <translation>La clé de signature est illisible.</translation>
    </message>
    <message>
        <source>This installation&apos;s key fingerprint</source>
        <translation>Empreinte de la clé de cette installation</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Signataire&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Empreinte de la clé&#xa0;:</translation>
    </message>
    <message>
        <source>Saved: certificates issued from now on name this organisation and signatory.</source>
        <translation>Enregistré&#xa0;: les certificats délivrés désormais nomment cette organisation et ce signataire.</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s logo</source>
        <translation>Choisir le logo de l’organisation</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>Image de %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Certificates of the learners shown by the filters. Choose rows to work on some learners only; with none chosen, the buttons work on everyone listed.</source>
        <translation>Certificats des apprenants affichés par les filtres. Sélectionnez des lignes pour n’agir que sur certains apprenants&#xa0;; si aucune n’est sélectionnée, les boutons agissent sur tous les apprenants de la liste.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation>Clé de l’émetteur</translation>
    </message>
    <message>
        <source>Save as zip…</source>
        <translation>Enregistrer en zip…</translation>
    </message>
    <message>
        <source>Save to a folder…</source>
        <translation>Enregistrer dans un dossier…</translation>
    </message>
    <message>
        <source>Import certificate files…</source>
        <translation>Importer des fichiers de certificat…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Révoqué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>Remplacé par un plus récent</translation>
    </message>
    <message>
        <source>Issuer not trusted</source>
        <translation>Émetteur non approuvé</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>Mes certificats</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>No certificate yet: complete every activity of your track to earn one.</source>
        <translation>Aucun certificat pour l’instant&#xa0;: terminez toutes les activités de votre parcours pour en obtenir un.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Check and import certificates</source>
        <translation>Vérifier et importer des certificats</translation>
    </message>
    <message>
        <source>New certificate issued: {titles}</source>
        <translation>Nouveau certificat délivré&#xa0;: {titles}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Révoqué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Replaced by a newer certificate</source>
        <translation>Remplacé par un certificat plus récent</translation>
    </message>
    <message>
        <source>Issuer not trusted here</source>
        <translation>Émetteur non approuvé ici</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>Aucun lecteur PDF</translation>
    </message>
    <message>
        <source>This computer has no program that opens PDF files. Save the certificate as a file instead, to print it or open it on another computer?</source>
        <translation>Cet ordinateur n’a aucun programme pour ouvrir les fichiers PDF. Enregistrer plutôt le certificat dans un fichier, pour l’imprimer ou l’ouvrir sur un autre ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Signed credential (*.json)</source>
        <translation>Attestation signée (*.json)</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Enregistrer le certificat</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Quiz pass rates</source>
        <translation>Taux de réussite aux quiz</translation>
    </message>
    <message>
        <source>Quiz pass rates (lowest {n})</source>
        <translation>Taux de réussite aux quiz (les {n} plus faibles)</translation>
    </message>
    <message>
        <source>Learners who passed</source>
        <translation>Apprenants ayant réussi</translation>
    </message>
    <message>
        <source>Most missed questions</source>
        <translation>Questions les plus souvent manquées</translation>
    </message>
    <message>
        <source>Most missed questions: no wrong answers yet</source>
        <translation>Questions les plus souvent manquées&#xa0;: aucune mauvaise réponse pour l’instant</translation>
    </message>
    <message>
        <source>Answered wrong</source>
        <translation>Ont mal répondu</translation>
    </message>
    <message>
        <source>Completion per role</source>
        <translation>Achèvement par rôle</translation>
    </message>
    <message>
        <source>Completion per agency</source>
        <translation>Achèvement par agence</translation>
    </message>
    <message>
        <source>Completion per role over time</source>
        <translation>Achèvement par rôle dans le temps</translation>
    </message>
    <message>
        <source>Completion per agency over time</source>
        <translation>Achèvement par agence dans le temps</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Record a practical check</source>
        <translation>Enregistrer une évaluation pratique</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Practical check</source>
        <translation>Évaluation pratique</translation>
    </message>
    <message>
        <source>&amp;Passed: the task was done correctly</source>
        <translation>&amp;Réussie&#xa0;: la tâche a été bien réalisée</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Observed by</source>
        <translation>Observée par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What the learner did (no real case data)</source>
        <translation>Ce que l’apprenant a fait (aucune donnée de cas réelle)</translation>
    </message>
    <message>
        <source>This pack defines no practical checks.</source>
        <translation>Ce pack ne définit aucune évaluation pratique.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>Enregistrer l’évaluation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Apprenant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Check:</source>
        <translation>É&amp;valuation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Observed by:</source>
        <translation>&amp;Observée par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a learner and a practical check.</source>
        <translation>Choisissez un apprenant et une évaluation pratique.</translation>
    </message>
    <message>
        <source>Say who observed the check.</source>
        <translation>Indiquez qui a observé l’évaluation.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check your answers</source>
        <translation>Vérifiez vos réponses</translation>
    </message>
    <message>
        <source>Answer summary</source>
        <translation>Récapitulatif des réponses</translation>
    </message>
    <message>
        <source>Not answered or not finished (press Enter to go to one):</source>
        <translation>Sans réponse ou inachevées (appuyez sur Entrée pour y accéder)&#xa0;:</translation>
    </message>
    <message>
        <source>Questions not answered yet</source>
        <translation>Questions encore sans réponse</translation>
    </message>
    <message>
        <source>&amp;Back to the questions</source>
        <translation>&amp;Retour aux questions</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Retour aux questions</translation>
    </message>
    <message>
        <source>S&amp;ubmit answers</source>
        <translation>&amp;Soumettre les réponses</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Soumettre les réponses</translation>
    </message>
    <message>
        <source>You answered {answered} of {total} questions.</source>
        <translation>Vous avez répondu à {answered} questions sur {total}.</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>Cochez toutes les réponses qui conviennent.</translation>
    </message>
</context>
<context>
    <name>ClosePanel</name>
    <message>
        <source>Close this step</source>
        <translation>Clôturer cette étape</translation>
    </message>
    <message>
        <source>Note for the sign-off (optional)</source>
        <translation>Note de validation (facultative)</translation>
    </message>
    <message>
        <source>Sign-off note</source>
        <translation>Note de validation</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Sign off this step</source>
        <translation>Valider cette étape</translation>
    </message>
    <message>
        <source>Why this step does not apply (required)</source>
        <translation>Pourquoi cette étape ne s’applique pas (obligatoire)</translation>
    </message>
    <message>
        <source>Reason the step is not applicable</source>
        <translation>Motif de non-applicabilité de l’étape</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>Marquer comme non applicable</translation>
    </message>
    <message>
        <source>Mark this step not applicable</source>
        <translation>Marquer cette étape comme non applicable</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsBox</name>
    <message>
        <source>Shared database</source>
        <translation>Base de données partagée</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Save &amp;database setting</source>
        <translation>Enregistrer le paramètre de &amp;base de données</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder. A change applies at the next start.</source>
        <translation>Vide&#xa0;: le fichier SQLite du dossier de données. Une modification s’applique au prochain démarrage.</translation>
    </message>
    <message>
        <source>Database setting</source>
        <translation>Paramètre de base de données</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;URL de la base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>Saved. Restart the application to use this database.</source>
        <translation>Enregistré. Redémarrez l’application pour utiliser cette base de données.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Justificatifs</translation>
    </message>
    <message>
        <source>Choose an evidence item in the list above to tick it.</source>
        <translation>Choisissez un justificatif dans la liste ci-dessus pour le cocher.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Evidence item confirmed</source>
        <translation>Justificatif confirmé</translation>
    </message>
    <message>
        <source>Where is the proof kept? (required)</source>
        <translation>Où la preuve est-elle conservée&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Note sur le justificatif</translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation>Enregistrer le justificatif</translation>
    </message>
    <message>
        <source>Save the evidence tick and note</source>
        <translation>Enregistrer la coche et la note du justificatif</translation>
    </message>
    <message>
        <source>Number counted</source>
        <translation>Nombre compté</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>of</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>&amp;Comptés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>Enter {label} as a number of a total: met at {need} % or more.</source>
        <translation>Saisissez {label} sous forme de nombre sur un total&#xa0;: atteint à partir de {need}&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>ExchangePanel</name>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>From key</source>
        <translation>Clé d’origine</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Awaiting trust</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportations</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Keep the value here</source>
        <translation>Conserver la valeur locale</translation>
    </message>
    <message>
        <source>Use the imported value</source>
        <translation>Utiliser la valeur importée</translation>
    </message>
    <message>
        <source>Trust this key…</source>
        <translation>Approuver cette clé…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Write its receipt again…</source>
        <translation>Réécrire son accusé de réception…</translation>
    </message>
    <message>
        <source>Imported bundles and receipts</source>
        <translation>Lots et accusés de réception importés</translation>
    </message>
    <message>
        <source>Exported bundles</source>
        <translation>Lots exportés</translation>
    </message>
    <message>
        <source>Learner details that differ</source>
        <translation>Informations d’apprenants divergentes</translation>
    </message>
    <message>
        <source>Records kept until their key is trusted (not counted)</source>
        <translation>Enregistrements conservés jusqu’à l’approbation de leur clé (non comptés)</translation>
    </message>
    <message>
        <source>Receipt for bundle {id}</source>
        <translation>Accusé de réception du lot {id}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>{when} at key {key}: {n} added</source>
        <translation>{when}, clé {key}&#xa0;: {n} ajoutés</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Choose an imported bundle first.</source>
        <translation>Choisissez d’abord un lot importé.</translation>
    </message>
    <message>
        <source>Write the receipt again</source>
        <translation>Réécrire l’accusé de réception</translation>
    </message>
    <message>
        <source>Import receipt (*.json)</source>
        <translation>Accusé de réception d’importation (*.json)</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Approuver cette clé</translation>
    </message>
    <message>
        <source>Key {key}
Who is it? (for example the field laptop&apos;s site)</source>
        <translation>Clé {key}
À qui appartient-elle&#xa0;? (par exemple, le site de l’ordinateur portable de terrain)</translation>
    </message>
    <message>
        <source>Discard kept-aside records</source>
        <translation>Supprimer les enregistrements mis de côté</translation>
    </message>
    <message>
        <source>Drop every record kept aside for key {key}? They never counted here, and trusting the key later will not bring them back (import the file again then).</source>
        <translation>Supprimer tous les enregistrements mis de côté pour la clé {key}&#xa0;? Ils n’ont jamais compté ici, et approuver la clé plus tard ne les fera pas revenir (il faudra alors réimporter le fichier).</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Action non effectuée</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>%p% of the track complete</source>
        <translation>%p% du parcours terminé</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue with the next activity</source>
        <translation>Passer à l’activité suivante</translation>
    </message>
    <message>
        <source>Modules and activities</source>
        <translation>Modules et activités</translation>
    </message>
    <message>
        <source>Module / activity</source>
        <translation>Module / activité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Classroom sessions and practical checks</source>
        <translation>Séances en salle et évaluations pratiques</translation>
    </message>
    <message>
        <source>No content pack is installed.</source>
        <translation>Aucun pack de contenu n’est installé.</translation>
    </message>
    <message>
        <source>Your role: {role}</source>
        <translation>Votre rôle&#xa0;: {role}</translation>
    </message>
    <message>
        <source>There is no track for your role in the installed packs.</source>
        <translation>Les packs installés ne contiennent aucun parcours pour votre rôle.</translation>
    </message>
    <message>
        <source>Classroom sessions attended: {n}</source>
        <translation>Séances en salle suivies&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Practical check still needed for your certificate: {title} (a trainer observes it on the demo site)</source>
        <translation>Évaluation pratique encore nécessaire pour votre certificat&#xa0;: {title} (un formateur l’observe sur le site de démonstration)</translation>
    </message>
    <message>
        <source>Practical check passed: {title}, observed by {name} on {date}</source>
        <translation>Évaluation pratique réussie&#xa0;: {title}, observée par {name} le {date}</translation>
    </message>
    <message>
        <source>You have completed every module of this track. Well done!</source>
        <translation>Vous avez terminé tous les modules de ce parcours. Bravo&#xa0;!</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Suivant&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Locked: complete {modules} first.</source>
        <translation>Verrouillé&#xa0;: terminez d’abord {modules}.</translation>
    </message>
    <message>
        <source>Locked — needs {modules}</source>
        <translation>Verrouillé — nécessite {modules}</translation>
    </message>
    <message>
        <source>{title} (optional)</source>
        <translation>{title} (facultatif)</translation>
    </message>
    <message>
        <source>{n}%</source>
        <translation>{n}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisPanel</name>
    <message>
        <source>Item analysis</source>
        <translation>Analyse des questions</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>&amp;Quiz:</source>
        <translation>&amp;Quiz&#xa0;:</translation>
    </message>
    <message>
        <source>Facility: the mean score on a question (0 to 1). Discrimination: how well the question&apos;s score follows the rest of the test (−1 to 1; negative means strong learners miss it).</source>
        <translation>Facilité&#xa0;: le score moyen obtenu à une question (de 0 à 1). Discrimination&#xa0;: dans quelle mesure le score à la question suit le reste du test (de −1 à 1&#xa0;; une valeur négative signifie que les apprenants les plus forts la manquent).</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facilité</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Options chosen: select a question above.</source>
        <translation>Options choisies&#xa0;: sélectionnez une question ci-dessus.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcte</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Choisie</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>Options choisies</translation>
    </message>
    <message>
        <source>Choose a quiz…</source>
        <translation>Choisissez un quiz…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted attempt(s). Flagged questions are marked in the Flags column.</source>
        <translation>
            <numerusform>%n tentative soumise. Les questions signalées sont marquées dans la colonne Alertes.</numerusform>
            <numerusform>%n tentatives soumises. Les questions signalées sont marquées dans la colonne Alertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ </source>
        <translation>⚠ </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Nothing looks wrong</source>
        <translation>Rien d’anormal</translation>
    </message>
    <message>
        <source>too few attempts</source>
        <translation>trop peu de tentatives</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>trop difficile</translation>
    </message>
    <message>
        <source>too easy</source>
        <translation>trop facile</translation>
    </message>
    <message>
        <source>negative discrimination</source>
        <translation>discrimination négative</translation>
    </message>
    <message>
        <source>nobody picks “%1”</source>
        <translation>personne ne choisit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: no options to count for this kind of question.</source>
        <translation>%1&#xa0;: aucune option à compter pour ce type de question.</translation>
    </message>
    <message>
        <source>Options chosen for %1</source>
        <translation>Options choisies pour %1</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correcte</translation>
    </message>
</context>
<context>
    <name>LearnerDetailPanel</name>
    <message>
        <source>Choose a learner to see every activity, attempt and certificate.</source>
        <translation>Choisissez un apprenant pour voir toutes ses activités, tentatives et certificats.</translation>
    </message>
    <message>
        <source>Learner details</source>
        <translation>Détails de l’apprenant</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>{n} records wait until their key is trusted (not counted).</source>
        <translation>{n} enregistrements attendent l’approbation de leur clé (non comptés).</translation>
    </message>
    <message>
        <source>Conflict on {field}: here “{here}”, imported “{incoming}”.</source>
        <translation>Conflit sur {field}&#xa0;: ici «&#xa0;{here}&#xa0;», importé «&#xa0;{incoming}&#xa0;».</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>{title} (optional)</source>
        <translation>{title} (facultatif)</translation>
    </message>
    <message>
        <source>Quiz attempts ({n})</source>
        <translation>Tentatives de quiz ({n})</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <source>Certificates ({n})</source>
        <translation>Certificats ({n})</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>Remplacé par un plus récent</translation>
    </message>
    <message>
        <source>Issuer not trusted here</source>
        <translation>Émetteur non approuvé ici</translation>
    </message>
    <message>
        <source>Classroom sessions ({n})</source>
        <translation>Séances en salle ({n})</translation>
    </message>
    <message>
        <source>Trainer: {name}</source>
        <translation>Formateur&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Practical checks ({n})</source>
        <translation>Évaluations pratiques ({n})</translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Aucun parcours</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Imported from another installation</source>
        <translation>Importé d’une autre installation</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search guides, walkthroughs and quizzes…</source>
        <translation>Rechercher dans les guides, exercices guidés et quiz…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Previous results</source>
        <translation>Résultats précédents</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Plus de résultats</translation>
    </message>
    <message>
        <source>Books and chapters</source>
        <translation>Livres et chapitres</translation>
    </message>
    <message>
        <source>Choose a chapter from the list, or search all guides, to read it here.</source>
        <translation>Choisissez un chapitre dans la liste, ou cherchez dans tous les guides, pour le lire ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Results %1–%2 of %3</source>
        <translation>Résultats %1–%2 sur %3</translation>
    </message>
    <message>
        <source>No results for this search.</source>
        <translation>Aucun résultat pour cette recherche.</translation>
    </message>
</context>
<context>
    <name>LockedSection</name>
    <message>
        <source>Unlock trainer mode…</source>
        <translation>Déverrouiller le mode formateur…</translation>
    </message>
    <message>
        <source>Unlock trainer mode</source>
        <translation>Déverrouiller le mode formateur</translation>
    </message>
    <message>
        <source>This screen shows every learner&apos;s records and is for trainers. Trainer mode is not set up on this laptop yet: a trainer sets it up with a passphrase of their own.</source>
        <translation>Cet écran affiche les données de tous les apprenants et est réservé aux formateurs. Le mode formateur n’est pas encore configuré sur cet ordinateur portable&#xa0;: un formateur le configure avec une phrase secrète de son choix.</translation>
    </message>
    <message>
        <source>Set up trainer mode…</source>
        <translation>Configurer le mode formateur…</translation>
    </message>
    <message>
        <source>This screen shows every learner&apos;s records. Give the trainer passphrase to open it.</source>
        <translation>Cet écran affiche les données de tous les apprenants. Saisissez la phrase secrète de formateur pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>LrsSettingsBox</name>
    <message>
        <source>Learning Record Store (xAPI)</source>
        <translation>Entrepôt de données d’apprentissage (xAPI)</translation>
    </message>
    <message>
        <source>LRS endpoint</source>
        <translation>Point de terminaison LRS</translation>
    </message>
    <message>
        <source>LRS user (client key)</source>
        <translation>Utilisateur LRS (clé client)</translation>
    </message>
    <message>
        <source>LRS password (client secret)</source>
        <translation>Mot de passe LRS (secret client)</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>Account home page</source>
        <translation>Page d’accueil du compte</translation>
    </message>
    <message>
        <source>Include learners&apos; names in statements</source>
        <translation>Inclure le nom des apprenants dans les déclarations</translation>
    </message>
    <message>
        <source>&amp;Save LRS settings</source>
        <translation>&amp;Enregistrer les paramètres LRS</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Envoyer &amp;maintenant</translation>
    </message>
    <message>
        <source>Sending statements</source>
        <translation>Envoi des déclarations</translation>
    </message>
    <message>
        <source>Statement queue</source>
        <translation>File des déclarations</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Point de &amp;terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Account &amp;home page:</source>
        <translation>Page d’accueil du &amp;compte&#xa0;:</translation>
    </message>
    <message>
        <source>Waiting: {0} · sent: {1} · refused: {2} · in conflict: {3}</source>
        <translation>En attente&#xa0;: {0} · envoyées&#xa0;: {1} · refusées&#xa0;: {2} · en conflit&#xa0;: {3}</translation>
    </message>
    <message>
        <source>Sent {0}; {1} wait to be retried.</source>
        <translation>{0} envoyées&#xa0;; {1} en attente d’une nouvelle tentative.</translation>
    </message>
    <message>
        <source>Sending failed.</source>
        <translation>L’envoi a échoué.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CPIMS+ Trainer</source>
        <translation>CPIMS+ Trainer</translation>
    </message>
    <message>
        <source>Opening your training records…</source>
        <translation>Ouverture de vos données de formation…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Some content has problems: {first}</source>
        <translation>Certains contenus présentent des problèmes&#xa0;: {first}</translation>
    </message>
    <message>
        <source>CPIMS+ Trainer — {name}</source>
        <translation>CPIMS+ Trainer — {name}</translation>
    </message>
</context>
<context>
    <name>MatchingWidget</name>
    <message>
        <source>Choose a match…</source>
        <translation>Choisissez une correspondance…</translation>
    </message>
    <message>
        <source>Match for: {left}</source>
        <translation>Correspondance pour&#xa0;: {left}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Not in this learner&apos;s track</source>
        <translation>Hors du parcours de cet apprenant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <source>Put the items in order: select one, then Move up or Move down (Alt+Up, Alt+Down).</source>
        <translation>Mettez les éléments dans l’ordre&#xa0;: sélectionnez-en un, puis Monter ou Descendre (Alt+Haut, Alt+Bas).</translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation>Éléments à ordonner</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Monter l’élément sélectionné</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Descendre l’élément sélectionné</translation>
    </message>
    <message>
        <source>&amp;Keep this order</source>
        <translation>&amp;Garder cet ordre</translation>
    </message>
    <message>
        <source>Keep this order as my answer</source>
        <translation>Garder cet ordre comme réponse</translation>
    </message>
</context>
<context>
    <name>PlannedStaffPanel</name>
    <message>
        <source>How many people of each role the rollout plans, for all agencies or per agency. Shares of certified staff are counted against these numbers.</source>
        <translation>Nombre de personnes prévu pour chaque rôle dans le déploiement, toutes agences confondues ou par agence. Les proportions de personnel certifié sont calculées par rapport à ces nombres.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Planned staff</source>
        <translation>Effectif prévu</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <source>Planned number</source>
        <translation>Nombre prévu</translation>
    </message>
    <message>
        <source>Save planned number</source>
        <translation>Enregistrer le nombre prévu</translation>
    </message>
    <message>
        <source>Save the planned number</source>
        <translation>Enregistrer le nombre prévu</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>Remove the selected planned number</source>
        <translation>Supprimer le nombre prévu sélectionné</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Prévu&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenting: {title}</source>
        <translation>Présentation&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vue présentateur</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Diapositive actuelle</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notes du présentateur</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Esc leaves presenter mode · ← → move between slides</source>
        <translation>Échap quitte le mode présentateur · ← → pour changer de diapositive</translation>
    </message>
    <message>
        <source>End of the deck</source>
        <translation>Fin de la présentation</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>Aucune note pour cette diapositive.</translation>
    </message>
    <message>
        <source>Slide {number} of {count}</source>
        <translation>Diapositive {number} sur {count}</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Écoulé&#xa0;: {time}</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Who is training today?</source>
        <translation>Qui se forme aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Find your name…</source>
        <translation>Trouvez votre nom…</translation>
    </message>
    <message>
        <source>Find a profile</source>
        <translation>Rechercher un profil</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>No profiles yet. Create yours on the right to start training.</source>
        <translation>Aucun profil pour l’instant. Créez le vôtre à droite pour commencer la formation.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue with the selected profile</source>
        <translation>Continuer avec le profil sélectionné</translation>
    </message>
    <message>
        <source>Archive profile…</source>
        <translation>Archiver le profil…</translation>
    </message>
    <message>
        <source>Archive the selected profile</source>
        <translation>Archiver le profil sélectionné</translation>
    </message>
    <message>
        <source>Opening your training records…</source>
        <translation>Ouverture de vos données de formation…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>PIN (optional, 4 to 8 digits)</source>
        <translation>Code PIN (facultatif, 4 à 8 chiffres)</translation>
    </message>
    <message>
        <source>Optional, 4–8 digits</source>
        <translation>Facultatif, 4 à 8 chiffres</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN&#xa0;:</translation>
    </message>
    <message>
        <source>Protected by a PIN</source>
        <translation>Protégé par un code PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>PIN for {name}:</source>
        <translation>Code PIN de {name}&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot open this profile</source>
        <translation>Impossible d’ouvrir ce profil</translation>
    </message>
    <message>
        <source>The profile was not created</source>
        <translation>Le profil n’a pas été créé</translation>
    </message>
    <message>
        <source>Archive profile</source>
        <translation>Archiver le profil</translation>
    </message>
    <message>
        <source>{name} has no PIN, so only a trainer can archive this profile, and trainer mode is not set up on this laptop yet. A trainer can set it up: sign in, open Settings and choose “Set up trainer mode…”.</source>
        <translation>{name} n’a pas de code PIN&#xa0;: seul un formateur peut donc archiver ce profil, et le mode formateur n’est pas encore configuré sur cet ordinateur portable. Un formateur peut le configurer&#xa0;: connectez-vous, ouvrez Paramètres et choisissez «&#xa0;Configurer le mode formateur…&#xa0;».</translation>
    </message>
    <message>
        <source>Archive {name}? The records are kept; the profile is hidden from this list.</source>
        <translation>Archiver {name}&#xa0;? Les données sont conservées&#xa0;; le profil n’apparaît plus dans cette liste.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QtPlayer</name>
    <message>
        <source>Qt Multimedia has no usable media backend on this computer</source>
        <translation>Qt Multimedia ne dispose d’aucun moteur multimédia utilisable sur cet ordinateur</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>the file is not a playable video</source>
        <translation>le fichier n’est pas une vidéo lisible</translation>
    </message>
    <message>
        <source>the file could not be decoded</source>
        <translation>le fichier n’a pas pu être décodé</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>No answer</source>
        <translation>Aucune réponse</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>aucune correspondance</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Partiellement correct</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Incorrect</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Bonne réponse</translation>
    </message>
    <message>
        <source>Options as shown:</source>
        <translation>Options telles qu’affichées&#xa0;:</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <source>Attempt {number}: {earned:g} of {possible:g} points. The pass mark is {mark}.</source>
        <translation>Tentative {number}&#xa0;: {earned:g} points sur {possible:g}. La note de réussite est de {mark}.</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <source>Part {number}</source>
        <translation>Partie {number}</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Quiz error</source>
        <translation>Erreur du quiz</translation>
    </message>
    <message>
        <source>Position in the quiz</source>
        <translation>Position dans le quiz</translation>
    </message>
    <message>
        <source>Progress through the quiz</source>
        <translation>Progression dans le quiz</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <source>Quiz result</source>
        <translation>Résultat du quiz</translation>
    </message>
    <message>
        <source>&amp;Back to the quiz</source>
        <translation>&amp;Retour au quiz</translation>
    </message>
    <message>
        <source>Back to the quiz start page</source>
        <translation>Retour à la page d’accueil du quiz</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Question {number}</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Étude de cas</translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translation>Re&amp;voir les réponses</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Question {number} sur {total}</translation>
    </message>
    <message>
        <source>Questions {first}–{last} of {total}</source>
        <translation>Questions {first} à {last} sur {total}</translation>
    </message>
    <message>
        <source>Answered {answered} of {total} questions</source>
        <translation>Réponses données&#xa0;: {answered} sur {total}</translation>
    </message>
    <message>
        <source>Question {number}: {prompt}</source>
        <translation>Question {number}&#xa0;: {prompt}</translation>
    </message>
    <message>
        <source>Submit your answers? You cannot change them afterwards.</source>
        <translation>Soumettre vos réponses&#xa0;? Vous ne pourrez plus les modifier ensuite.</translation>
    </message>
    <message>
        <source>{count} question(s) are not answered yet.</source>
        <translation>Questions encore sans réponse&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Soumettre les réponses</translation>
    </message>
</context>
<context>
    <name>ReaderWidget</name>
    <message>
        <source>Contents of this chapter</source>
        <translation>Sommaire de ce chapitre</translation>
    </message>
    <message>
        <source>Reading status</source>
        <translation>État de la lecture</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>This link points outside the training pack and was not opened.</source>
        <translation>Ce lien pointe hors du pack de formation et n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>Progress was not saved: {reason}</source>
        <translation>La progression n’a pas été enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>✓ Read</source>
        <translation>✓ Lu</translation>
    </message>
    <message>
        <source>You reached the end; it counts as read after %1 more reading time.</source>
        <translation>Vous avez atteint la fin&#xa0;; le chapitre comptera comme lu après encore %1 de lecture.</translation>
    </message>
    <message>
        <source>You reached the end; it counts as read after the minimum reading time.</source>
        <translation>Vous avez atteint la fin&#xa0;; le chapitre comptera comme lu après la durée minimale de lecture.</translation>
    </message>
    <message>
        <source>Read to the end of the chapter to complete it (reading time left: %1).</source>
        <translation>Lisez le chapitre jusqu’à la fin pour le terminer (temps de lecture restant&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Read to the end of the chapter to complete it.</source>
        <translation>Lisez le chapitre jusqu’au bout pour le terminer.</translation>
    </message>
</context>
<context>
    <name>RequirementTree</name>
    <message>
        <source>Requirements of the step</source>
        <translation>Conditions de l’étape</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Remplie</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Non remplie</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Case worker</source>
        <translation>Travailleur social</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestionnaire de cas</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>Administrateur système</translation>
    </message>
    <message>
        <source>CPIMS+ coordinator</source>
        <translation>Coordinateur CPIMS+</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
</context>
<context>
    <name>RolloutView</name>
    <message>
        <source>Rollout</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the rollout steps</source>
        <translation>Actualiser les étapes du déploiement</translation>
    </message>
    <message>
        <source>&amp;Export readiness report (PDF)…</source>
        <translation>&amp;Exporter le rapport de préparation (PDF)…</translation>
    </message>
    <message>
        <source>Export the readiness report as a PDF file</source>
        <translation>Exporter le rapport de préparation en fichier PDF</translation>
    </message>
    <message>
        <source>Rollout steps</source>
        <translation>Étapes du déploiement</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Planned staff</source>
        <translation>Effectif prévu</translation>
    </message>
    <message>
        <source>Checking the rollout steps…</source>
        <translation>Vérification des étapes du déploiement…</translation>
    </message>
    <message>
        <source>Step {step}: {title}
{state}</source>
        <translation>Étape {step}&#xa0;: {title}
{state}</translation>
    </message>
    <message>
        <source>Step {step}: {title}</source>
        <translation>Étape {step}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Status: {state}</source>
        <translation>Statut&#xa0;: {state}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Résultat&#xa0;: {outcome}</translation>
    </message>
    <message>
        <source>Signed off by {name} on {date}.</source>
        <translation>Validée par {name} le {date}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Marked not applicable by {name} on {date}. Reason: {reason}</source>
        <translation>Marquée comme non applicable par {name} le {date}. Motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Evidence saved.</source>
        <translation>Justificatif enregistré.</translation>
    </message>
    <message>
        <source>The step is signed off.</source>
        <translation>L’étape est validée.</translation>
    </message>
    <message>
        <source>The step is marked not applicable.</source>
        <translation>L’étape est marquée comme non applicable.</translation>
    </message>
    <message>
        <source>Planned number saved.</source>
        <translation>Nombre prévu enregistré.</translation>
    </message>
    <message>
        <source>Planned number removed.</source>
        <translation>Nombre prévu supprimé.</translation>
    </message>
    <message>
        <source>Export readiness report</source>
        <translation>Exporter le rapport de préparation</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the readiness report…</source>
        <translation>Création du rapport de préparation…</translation>
    </message>
    <message>
        <source>The readiness report is saved as {path}.</source>
        <translation>Le rapport de préparation est enregistré sous {path}.</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Chapter text</source>
        <translation>Texte du chapitre</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>The same again</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same passphrase twice.</source>
        <translation>Les deux saisies diffèrent. Saisissez deux fois la même phrase secrète.</translation>
    </message>
    <message>
        <source>That is not right.</source>
        <translation>Ce n’est pas correct.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} seconds.</source>
        <translation>Trop de tentatives erronées. Réessayez dans {seconds} secondes.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Cette phrase secrète est incorrecte.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New training session</source>
        <translation>Nouvelle séance de formation</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titre de la séance</translation>
    </message>
    <message>
        <source>For example: Day 1 — registering cases</source>
        <translation>Par exemple&#xa0;: Jour 1 — enregistrement des cas</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation>Modules couverts</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Planned staff name</source>
        <translation>Nom dans l’effectif prévu</translation>
    </message>
    <message>
        <source>Someone without a profile on this laptop</source>
        <translation>Une personne sans profil sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Ajouter la personne</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter la personne</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>Enregistrer la séance</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Modules covered:</source>
        <translation>&amp;Modules couverts&#xa0;:</translation>
    </message>
    <message>
        <source>Atte&amp;ndees:</source>
        <translation>&amp;Participants&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Planned staff:</source>
        <translation>&amp;Effectif prévu&#xa0;:</translation>
    </message>
    <message>
        <source>{name} (no profile here)</source>
        <translation>{name} (sans profil ici)</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Donnez un titre à la séance.</translation>
    </message>
    <message>
        <source>Tick at least one module the session covered.</source>
        <translation>Cochez au moins un module couvert par la séance.</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvelle séance…</translation>
    </message>
    <message>
        <source>Record practical &amp;check…</source>
        <translation>Enregistrer une é&amp;valuation pratique…</translation>
    </message>
    <message>
        <source>Sessions status</source>
        <translation>État des séances</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>Dernier enregistrement</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Séances de formation</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue le</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signée par</translation>
    </message>
    <message>
        <source>Practical checks</source>
        <translation>Évaluations pratiques</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Observed by</source>
        <translation>Observée par</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>{fingerprint} (not trusted: does not count)</source>
        <translation>{fingerprint} (non approuvée&#xa0;: ne compte pas)</translation>
    </message>
    <message>
        <source>{name} (no profile here)</source>
        <translation>{name} (sans profil ici)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <source>Sessions: {s} · practical checks: {c}</source>
        <translation>Séances&#xa0;: {s} · évaluations pratiques&#xa0;: {c}</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Séance de formation</translation>
    </message>
    <message>
        <source>Recorded “{title}”. Attendees: {n}.</source>
        <translation>Séance «&#xa0;{title}&#xa0;» enregistrée. Participants&#xa0;: {n}.</translation>
    </message>
    <message>
        <source>Certificates issued: {n}.</source>
        <translation>Certificats délivrés&#xa0;: {n}.</translation>
    </message>
    <message>
        <source>A certificate this earned could not be issued yet. The record is kept, and the certificate is issued once the problem is fixed (when the learner opens Certificates). Why: {reason}</source>
        <translation>Un certificat obtenu ainsi n’a pas encore pu être délivré. L’enregistrement est conservé, et le certificat sera délivré une fois le problème réglé (quand l’apprenant ouvrira Certificats). Raison : {reason}</translation>
    </message>
    <message>
        <source>Practical check</source>
        <translation>Évaluation pratique</translation>
    </message>
    <message>
        <source>Recorded the practical check.</source>
        <translation>Évaluation pratique enregistrée.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Votre rôle</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Video player</source>
        <translation>Lecteur vidéo</translation>
    </message>
    <message>
        <source>Qt Multimedia (built in)</source>
        <translation>Qt Multimedia (intégré)</translation>
    </message>
    <message>
        <source>VLC (needs VLC installed)</source>
        <translation>VLC (nécessite l’installation de VLC)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Video player:</source>
        <translation>Lecteur &amp;vidéo&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Changer de profil</translation>
    </message>
</context>
<context>
    <name>SlideThumbnails</name>
    <message>
        <source>Slides in this deck</source>
        <translation>Diapositives de cette présentation</translation>
    </message>
    <message>
        <source>Slide {number}</source>
        <translation>Diapositive {number}</translation>
    </message>
</context>
<context>
    <name>SlidesView</name>
    <message>
        <source>Slide</source>
        <translation>Diapositive</translation>
    </message>
    <message>
        <source>Slide deck message</source>
        <translation>Message de la présentation</translation>
    </message>
    <message>
        <source>Slides status</source>
        <translation>État des diapositives</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Diapositive précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit the slide to the width</source>
        <translation>Ajuster la diapositive à la largeur</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Page entière</translation>
    </message>
    <message>
        <source>Fit the whole slide</source>
        <translation>Afficher la diapositive entière</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Ouvrir l’original</translation>
    </message>
    <message>
        <source>Open the original PowerPoint file</source>
        <translation>Ouvrir le fichier PowerPoint d’origine</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Full-screen presenter mode</source>
        <translation>Mode présentateur plein écran</translation>
    </message>
    <message>
        <source>The slide deck {file} cannot be opened: {reason}</source>
        <translation>La présentation {file} ne peut pas être ouverte&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>the file was not found.</source>
        <translation>le fichier est introuvable.</translation>
    </message>
    <message>
        <source>it is not a valid PDF file.</source>
        <translation>ce n’est pas un fichier PDF valide.</translation>
    </message>
    <message>
        <source>it is protected by a password.</source>
        <translation>le fichier est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>its security scheme is not supported.</source>
        <translation>son mode de sécurité n’est pas pris en charge.</translation>
    </message>
    <message>
        <source>it has no pages or could not be read.</source>
        <translation>le fichier ne contient aucune page ou n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Slide {number} of {count}</source>
        <translation>Diapositive {number} sur {count}</translation>
    </message>
    <message>
        <source>Progress was not saved: {reason}</source>
        <translation>La progression n’a pas été enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>✓ Every slide seen</source>
        <translation>✓ Toutes les diapositives vues</translation>
    </message>
    <message>
        <source>{seen} of {count} slides seen. See every slide to complete the deck.</source>
        <translation>{seen} diapositives vues sur {count}. Consultez toutes les diapositives pour terminer la présentation.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>About this quiz</source>
        <translation>À propos de ce quiz</translation>
    </message>
    <message>
        <source>Quiz message</source>
        <translation>Message du quiz</translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation>&amp;Commencer le quiz</translation>
    </message>
    <message>
        <source>Past attempts</source>
        <translation>Tentatives précédentes</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Review the selected attempt</source>
        <translation>Re&amp;voir la tentative sélectionnée</translation>
    </message>
    <message>
        <source>Review the selected attempt</source>
        <translation>Revoir la tentative sélectionnée</translation>
    </message>
    <message>
        <source>{low} to {high} questions</source>
        <translation>De {low} à {high} questions</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 question</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} questions</translation>
    </message>
    <message>
        <source>Pass mark: {mark}</source>
        <translation>Note de réussite&#xa0;: {mark}</translation>
    </message>
    <message>
        <source>Attempts used: {used} of {allowed}</source>
        <translation>Tentatives utilisées&#xa0;: {used} sur {allowed}</translation>
    </message>
    <message>
        <source>Attempts used: {used} (no limit)</source>
        <translation>Tentatives utilisées&#xa0;: {used} (sans limite)</translation>
    </message>
    <message>
        <source>You can try this quiz again from {time}.</source>
        <translation>Vous pourrez repasser ce quiz à partir de {time}.</translation>
    </message>
    <message>
        <source>You have used all {count} attempts allowed for this quiz.</source>
        <translation>Vous avez utilisé les {count} tentatives autorisées pour ce quiz.</translation>
    </message>
    <message>
        <source>&amp;Resume the quiz</source>
        <translation>&amp;Reprendre le quiz</translation>
    </message>
    <message>
        <source>&amp;Start a new attempt</source>
        <translation>&amp;Commencer une nouvelle tentative</translation>
    </message>
    <message>
        <source>This quiz cannot be opened</source>
        <translation>Impossible d’ouvrir ce quiz</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
</context>
<context>
    <name>StepWidget</name>
    <message>
        <source>Step {number}</source>
        <translation>Étape {number}</translation>
    </message>
    <message>
        <source>Performed by: {role}</source>
        <translation>Réalisée par&#xa0;: {role}</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Picture for step {number}</source>
        <translation>Image de l’étape {number}</translation>
    </message>
    <message>
        <source>Done: I see the expected result</source>
        <translation>Fait&#xa0;: je vois le résultat attendu</translation>
    </message>
    <message>
        <source>Step {number} done</source>
        <translation>Étape {number} terminée</translation>
    </message>
    <message>
        <source>Record the value here</source>
        <translation>Notez la valeur ici</translation>
    </message>
    <message>
        <source>What you saw, any difference</source>
        <translation>Ce que vous avez constaté, différences éventuelles</translation>
    </message>
    <message>
        <source>Note for step {number}</source>
        <translation>Note pour l’étape {number}</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
</context>
<context>
    <name>TrainerActions</name>
    <message>
        <source>Not done</source>
        <translation>Action non effectuée</translation>
    </message>
    <message>
        <source>Import records bundles or receipts</source>
        <translation>Importer des lots d’enregistrements ou des accusés de réception</translation>
    </message>
    <message>
        <source>Records bundles and receipts (*.zip *.json)</source>
        <translation>Lots d’enregistrements et accusés de réception (*.zip *.json)</translation>
    </message>
    <message>
        <source>Importing records</source>
        <translation>Importation des enregistrements</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exporter les enregistrements</translation>
    </message>
    <message>
        <source>Records bundle (*.zip)</source>
        <translation>Lot d’enregistrements (*.zip)</translation>
    </message>
    <message>
        <source>Exporting records</source>
        <translation>Exportation des enregistrements</translation>
    </message>
    <message>
        <source>Records exported</source>
        <translation>Enregistrements exportés</translation>
    </message>
    <message>
        <source>{path}
{n} records, signed with key {key}.</source>
        <translation>{path}
{n} enregistrements, signés avec la clé {key}.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Création du rapport</translation>
    </message>
    <message>
        <source>Folder for the certificates of the chosen learners</source>
        <translation>Dossier pour les certificats des apprenants choisis</translation>
    </message>
    <message>
        <source>Certificates of the chosen learners</source>
        <translation>Certificats des apprenants choisis</translation>
    </message>
    <message>
        <source>Zip of PDFs (*.zip)</source>
        <translation>Archive zip de PDF (*.zip)</translation>
    </message>
    <message>
        <source>Writing certificates</source>
        <translation>Création des certificats</translation>
    </message>
    <message>
        <source>Import certificate files</source>
        <translation>Importer des fichiers de certificat</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.json)</source>
        <translation>Certificats (*.pdf *.json)</translation>
    </message>
    <message>
        <source>Importing certificates</source>
        <translation>Importation des certificats</translation>
    </message>
    <message>
        <source>No certificate files (.pdf, .json) were found there.</source>
        <translation>Aucun fichier de certificat (.pdf, .json) n’a été trouvé à cet endroit.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Révoquer le certificat</translation>
    </message>
    <message>
        <source>Revoke {title}?
It stays stored, marked revoked, and no longer counts.
Reason:</source>
        <translation>Révoquer {title}&#xa0;?
Il reste enregistré, marqué comme révoqué, et ne compte plus.
Motif&#xa0;:</translation>
    </message>
    <message>
        <source>A revocation needs a reason; nothing was changed.</source>
        <translation>Une révocation nécessite un motif&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source> (issuer not trusted here: it does not count yet)</source>
        <translation> (émetteur non approuvé ici&#xa0;: il ne compte pas encore)</translation>
    </message>
    <message>
        <source>receipt: bundle {id} arrived at key {key} on {when} ({n} records).</source>
        <translation>accusé de réception&#xa0;: le lot {id} est arrivé à la clé {key} le {when} ({n} enregistrements).</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated</source>
        <translation>{added} ajoutés, {updated} mis à jour</translation>
    </message>
    <message>
        <source>, {n} kept until key {key} is trusted</source>
        <translation>, {n} conservés jusqu’à l’approbation de la clé {key}</translation>
    </message>
    <message>
        <source>, {n} learner details differ (see Exchange)</source>
        <translation>, {n} informations d’apprenants divergent (voir Échanges)</translation>
    </message>
    <message>
        <source>. Receipt for the field laptop: {path}</source>
        <translation>. Accusé de réception pour l’ordinateur portable de terrain&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>TrainerMode</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Give the trainer passphrase to open the trainer and coordinator screens.</source>
        <translation>Saisissez la phrase secrète de formateur pour ouvrir les écrans des formateurs et des coordinateurs.</translation>
    </message>
    <message>
        <source>Trainer mode is for the trainers and coordinators of this laptop. With it they see every learner&apos;s records, import and export records, trust other laptops&apos; keys, sign off rollout steps and change the connection settings; the command line asks for it too before it changes shared data.

Choose a passphrase of at least {n} characters that only trainers and coordinators know, and type it twice. Learners keep using their own profiles as before.</source>
        <translation>Le mode formateur est destiné aux formateurs et aux coordinateurs de cet ordinateur portable. Il leur permet de voir les données de tous les apprenants, d’importer et d’exporter des enregistrements, d’approuver les clés d’autres ordinateurs portables, de valider les étapes du déploiement et de modifier les paramètres de connexion&#xa0;; la ligne de commande le demande aussi avant de modifier des données partagées.

Choisissez une phrase secrète d’au moins {n} caractères que seuls les formateurs et les coordinateurs connaissent, et saisissez-la deux fois. Les apprenants continuent d’utiliser leur propre profil comme avant.</translation>
    </message>
    <message>
        <source>Set up trainer mode</source>
        <translation>Configurer le mode formateur</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Give the current trainer passphrase, then the new one ({n} characters or more) twice.</source>
        <translation>Saisissez la phrase secrète de formateur actuelle, puis la nouvelle ({n} caractères ou plus) deux fois.</translation>
    </message>
    <message>
        <source>Change the trainer passphrase</source>
        <translation>Changer la phrase secrète de formateur</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>Unlock trainer mode</source>
        <translation>Déverrouiller le mode formateur</translation>
    </message>
    <message>
        <source>Archiving hides {name} from this list; the records are kept. Give {name}&apos;s PIN or the trainer passphrase.</source>
        <translation>L’archivage masque {name} dans cette liste&#xa0;; les données sont conservées. Saisissez le code PIN de {name} ou la phrase secrète de formateur.</translation>
    </message>
    <message>
        <source>Archive profile</source>
        <translation>Archiver le profil</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>Code PIN ou phrase secrète</translation>
    </message>
</context>
<context>
    <name>TrainerSettings</name>
    <message>
        <source>Database in use</source>
        <translation>Base de données utilisée</translation>
    </message>
    <message>
        <source>Change the trainer passphrase…</source>
        <translation>Changer la phrase secrète de formateur…</translation>
    </message>
    <message>
        <source>Change the trainer passphrase</source>
        <translation>Changer la phrase secrète de formateur</translation>
    </message>
    <message>
        <source>Trainer settings</source>
        <translation>Paramètres du formateur</translation>
    </message>
    <message>
        <source>The Learning Record Store, the shared database, whether learners&apos; names leave this laptop and the trainer passphrase are set by trainers, in trainer mode.</source>
        <translation>L’entrepôt de données d’apprentissage, la base de données partagée, la sortie ou non des noms des apprenants de cet ordinateur portable et la phrase secrète de formateur sont définis par les formateurs, en mode formateur.</translation>
    </message>
    <message>
        <source>The Learning Record Store, the shared database, whether learners&apos; names leave this laptop and the trainer passphrase are set by trainers. Trainer mode is not set up on this laptop yet: set it up only if you are the trainer or coordinator for this laptop.</source>
        <translation>L’entrepôt de données d’apprentissage, la base de données partagée, la sortie ou non des noms des apprenants de cet ordinateur portable et la phrase secrète de formateur sont définis par les formateurs. Le mode formateur n’est pas encore configuré sur cet ordinateur portable&#xa0;: ne le configurez que si vous êtes le formateur ou le coordinateur de cet ordinateur portable.</translation>
    </message>
    <message>
        <source>Unlock trainer mode…</source>
        <translation>Déverrouiller le mode formateur…</translation>
    </message>
    <message>
        <source>Set up trainer mode…</source>
        <translation>Configurer le mode formateur…</translation>
    </message>
</context>
<context>
    <name>TrainerView</name>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Trainer views</source>
        <translation>Vues du formateur</translation>
    </message>
    <message>
        <source>&amp;Learners</source>
        <translation>&amp;Apprenants</translation>
    </message>
    <message>
        <source>Completion &amp;matrix</source>
        <translation>&amp;Matrice d’achèvement</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Grap&amp;hiques</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>É&amp;changes</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>Cer&amp;tificats</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Item anal&amp;ysis</source>
        <translation>Anal&amp;yse des questions</translation>
    </message>
    <message>
        <source>CSV (learners)…</source>
        <translation>CSV (apprenants)…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Classeur Excel…</translation>
    </message>
    <message>
        <source>PDF for partners…</source>
        <translation>PDF pour les partenaires…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>&amp;Importer des enregistrements…</translation>
    </message>
    <message>
        <source>Export &amp;records…</source>
        <translation>&amp;Exporter des enregistrements…</translation>
    </message>
    <message>
        <source>Export re&amp;port</source>
        <translation>Exporter un &amp;rapport</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>only changed since</source>
        <translation>seulement ceux modifiés depuis le</translation>
    </message>
    <message>
        <source>Export only records changed since</source>
        <translation>Exporter uniquement les enregistrements modifiés depuis le</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Modifiés depuis le</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>Rechercher des noms</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Rô&amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gence&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Completion matrix</source>
        <translation>Matrice d’achèvement</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Toutes les agences</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>{n} learners · {done} completed · {going} in progress · {rest} not started · {certs} certificates</source>
        <translation>{n} apprenants · {done} ont terminé · {going} en cours · {rest} non commencés · {certs} certificats</translation>
    </message>
    <message>
        <source>{n} records wait for a key to be trusted (see Exchange)</source>
        <translation>{n} enregistrements attendent l’approbation d’une clé (voir Échanges)</translation>
    </message>
    <message>
        <source>Learner details</source>
        <translation>Détails de l’apprenant</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <source>&amp;True</source>
        <translation>&amp;Vrai</translation>
    </message>
    <message>
        <source>&amp;False</source>
        <translation>&amp;Faux</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Faux</translation>
    </message>
</context>
<context>
    <name>VideoActivityView</name>
    <message>
        <source>Video status</source>
        <translation>État de la vidéo</translation>
    </message>
    <message>
        <source>✓ Watched. You can watch it again at any time.</source>
        <translation>✓ Vidéo regardée. Vous pouvez la revoir à tout moment.</translation>
    </message>
    <message>
        <source>Watch at least {percent}% of the video to complete it; skipping ahead does not count.</source>
        <translation>Regardez au moins {percent}&#xa0;% de la vidéo pour la terminer&#xa0;; les passages sautés ne comptent pas.</translation>
    </message>
    <message>
        <source>Subtitles could not be loaded: {problem}</source>
        <translation>Impossible de charger les sous-titres&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>This video cannot be played: {reason}</source>
        <translation>Cette vidéo ne peut pas être lue&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>VideoControls</name>
    <message>
        <source>−10 s</source>
        <translation>−10 s</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>Reculer de 10 secondes</translation>
    </message>
    <message>
        <source>Back 10 seconds (Left arrow)</source>
        <translation>Reculer de 10 secondes (flèche gauche)</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Avancer de 10 secondes</translation>
    </message>
    <message>
        <source>Forward 10 seconds (Right arrow)</source>
        <translation>Avancer de 10 secondes (flèche droite)</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Position dans la vidéo</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Length of the video</source>
        <translation>Durée de la vidéo</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Show subtitles</source>
        <translation>Afficher les sous-titres</translation>
    </message>
    <message>
        <source>Show or hide subtitles</source>
        <translation>Afficher ou masquer les sous-titres</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action} (Espace)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Réactiver le son</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <source>Mute or unmute (M)</source>
        <translation>Couper ou réactiver le son (M)</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Full screen (F, Esc to leave)</source>
        <translation>Plein écran (F&#xa0;; Échap pour quitter)</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Video player</source>
        <translation>Lecteur vidéo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Video message</source>
        <translation>Message de la vidéo</translation>
    </message>
    <message>
        <source>This video cannot be played: {file}</source>
        <translation>Cette vidéo ne peut pas être lue&#xa0;: {file}</translation>
    </message>
</context>
<context>
    <name>VlcPlayer</name>
    <message>
        <source>libvlc is not installed or cannot be loaded ({why})</source>
        <translation>libvlc n’est pas installé ou ne peut pas être chargé ({why})</translation>
    </message>
    <message>
        <source>libvlc refused to start with the options {args}</source>
        <translation>libvlc a refusé de démarrer avec les options {args}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>libvlc could not start reading the file</source>
        <translation>libvlc n’a pas pu commencer la lecture du fichier</translation>
    </message>
    <message>
        <source>libvlc could not read the file</source>
        <translation>libvlc n’a pas pu lire le fichier</translation>
    </message>
    <message>
        <source>libvlc found no video track in the file</source>
        <translation>libvlc n’a trouvé aucune piste vidéo dans le fichier</translation>
    </message>
    <message>
        <source>libvlc could not decode the file</source>
        <translation>libvlc n’a pas pu décoder le fichier</translation>
    </message>
</context>
<context>
    <name>WalkthroughView</name>
    <message>
        <source>Steps done</source>
        <translation>Étapes effectuées</translation>
    </message>
    <message>
        <source>Walkthrough progress</source>
        <translation>Progression de l’exercice guidé</translation>
    </message>
    <message>
        <source>Export checklist (PDF)…</source>
        <translation>Exporter la liste de contrôle (PDF)…</translation>
    </message>
    <message>
        <source>Export the checklist as a PDF file</source>
        <translation>Exporter la liste de contrôle en fichier PDF</translation>
    </message>
    <message>
        <source>Walkthrough steps</source>
        <translation>Étapes de l’exercice guidé</translation>
    </message>
    <message>
        <source>Walkthrough message</source>
        <translation>Message de l’exercice guidé</translation>
    </message>
    <message>
        <source>Walkthrough status</source>
        <translation>État de l’exercice guidé</translation>
    </message>
    <message>
        <source>Work on the demo site.</source>
        <translation>Travaillez sur le site de démonstration.</translation>
    </message>
    <message>
        <source>Work on the production site: changes there are real.</source>
        <translation>Travaillez sur le site de production&#xa0;: les modifications y sont réelles.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{ticked} of {total} steps</source>
        <translation>{ticked} étapes sur {total}</translation>
    </message>
    <message>
        <source>✓ Walkthrough complete</source>
        <translation>✓ Exercice guidé terminé</translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation>Exporter la liste de contrôle</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The checklist was not exported: {reason}</source>
        <translation>La liste de contrôle n’a pas été exportée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Checklist saved to {path}</source>
        <translation>Liste de contrôle enregistrée dans {path}</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>Your progress is saved, and you have earned a certificate, but it could not be issued just now: {reason}
It will be issued as soon as the problem is fixed. Tell your trainer or administrator, then open Certificates.</source>
        <translation>Votre progression est enregistrée et vous avez obtenu un certificat, mais il n’a pas pu être délivré pour le moment : {reason}
Il sera délivré dès que le problème sera résolu. Prévenez votre formateur ou votre administrateur, puis ouvrez Certificats.</translation>
    </message>
    <message>
        <source>Certificate not issued yet</source>
        <translation>Certificat pas encore délivré</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificat délivré</translation>
    </message>
    <message>
        <source>Well done! You have earned a signed certificate:</source>
        <translation>Bravo&#xa0;! Vous avez obtenu un certificat signé&#xa0;:</translation>
    </message>
    <message>
        <source>View certificates</source>
        <translation>Voir les certificats</translation>
    </message>
    <message>
        <source>Drop certificate files (PDF or JSON) here, open them, or paste the code of a QR token.</source>
        <translation>Déposez ici des fichiers de certificat (PDF ou JSON), ouvrez-les ou collez le code d’un jeton QR.</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Ouvrir des fichiers…</translation>
    </message>
    <message>
        <source>TC1… token from a QR code</source>
        <translation>Jeton TC1… d’un code QR</translation>
    </message>
    <message>
        <source>QR token to check</source>
        <translation>Jeton QR à vérifier</translation>
    </message>
    <message>
        <source>Check token</source>
        <translation>Vérifier le jeton</translation>
    </message>
    <message>
        <source>Checked certificates</source>
        <translation>Certificats vérifiés</translation>
    </message>
    <message>
        <source>Result of the selected file</source>
        <translation>Résultat du fichier sélectionné</translation>
    </message>
    <message>
        <source>Checking certificates</source>
        <translation>Vérification des certificats</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Trust this issuer…</source>
        <translation>Approuver cet émetteur…</translation>
    </message>
    <message>
        <source>Check certificates</source>
        <translation>Vérifier des certificats</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.json *.txt);;All files (*)</source>
        <translation>Certificats (*.pdf *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A certificate token starts with TC1.</source>
        <translation>Un jeton de certificat commence par TC1.</translation>
    </message>
    <message>
        <source>Checking {count} file(s)…</source>
        <translation>Vérification des fichiers ({count})…</translation>
    </message>
    <message>
        <source>The check failed: {e}</source>
        <translation>La vérification a échoué&#xa0;: {e}</translation>
    </message>
    <message>
        <source>{valid} of {total} valid.</source>
        <translation>{valid} sur {total} valides.</translation>
    </message>
    <message>
        <source>Imported {imported}; {already} were already stored.</source>
        <translation>Importés&#xa0;: {imported}&#xa0;; déjà enregistrés&#xa0;: {already}.</translation>
    </message>
    <message>
        <source>Not imported: {files}</source>
        <translation>Non importés&#xa0;: {files}</translation>
    </message>
    <message>
        <source>Trust this issuer</source>
        <translation>Approuver cet émetteur</translation>
    </message>
    <message>
        <source>Who is the issuer with key {key}?</source>
        <translation>Qui est l’émetteur de la clé {key}&#xa0;?</translation>
    </message>
    <message>
        <source>Trusted {key} as {label}.</source>
        <translation>Clé {key} approuvée sous le nom {label}.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Délivré le</translation>
    </message>
    <message>
        <source>Trusted here</source>
        <translation>Approuvé ici</translation>
    </message>
    <message>
        <source>the signature does not match: the certificate was changed after it was signed</source>
        <translation>la signature ne correspond pas&#xa0;: le certificat a été modifié après sa signature</translation>
    </message>
    <message>
        <source>intact, but its issuer is not trusted here</source>
        <translation>intact, mais son émetteur n’est pas approuvé ici</translation>
    </message>
    <message>
        <source>signed in a way this program does not accept</source>
        <translation>signé d’une manière que ce programme n’accepte pas</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>already stored</source>
        <translation>déjà enregistré</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Issuer not trusted</source>
        <translation>Émetteur non approuvé</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>QR token</source>
        <translation>Jeton QR</translation>
    </message>
    <message>
        <source>Signature, issuer and revocation checked.</source>
        <translation>Signature, émetteur et révocation vérifiés.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>Identifiant du certificat</translation>
    </message>
    <message>
        <source>trusted here as {label}</source>
        <translation>approuvé ici sous le nom {label}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>not trusted here</source>
        <translation>non approuvé ici</translation>
    </message>
    <message>
        <source>Issuer: {issuer}key {key} ({trusted})</source>
        <translation>Émetteur&#xa0;: {issuer}clé {key} ({trusted})</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>{ticked} of {total} steps ticked</source>
        <translation>{ticked} étapes cochées sur {total}</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>terminé le {date}</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Training pack</source>
        <translation>Pack de formation</translation>
    </message>
    <message>
        <source>Work on</source>
        <translation>Travailler sur</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Instruction and expected result</source>
        <translation>Consigne et résultat attendu</translation>
    </message>
    <message>
        <source>the demo site</source>
        <translation>le site de démonstration</translation>
    </message>
    <message>
        <source>the production site</source>
        <translation>le site de production</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Résultat attendu</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Réalisée par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ticked on</source>
        <translation>Cochée le</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>CPIMS+ Trainer</source>
        <translation>CPIMS+ Trainer</translation>
    </message>
    <message>
        <source>The details were written to {path}.</source>
        <translation>Les détails ont été écrits dans {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. Nothing more was done.</source>
        <translation>Une erreur inattendue s’est produite. Aucune autre action n’a été effectuée.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: try again in {wait:.0f} seconds.</source>
        <translation>Trop de tentatives erronées&#xa0;: réessayez dans {wait:.0f} secondes.</translation>
    </message>
    <message>
        <source>Writing {field} needs Qt (PySide6), which cannot be loaded: {error}</source>
        <translation>Qt (PySide6) est nécessaire pour créer {field}, mais il ne peut pas être chargé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{name}: a logo may be at most {max_logo_bytes} KiB.</source>
        <translation>{name}&#xa0;: un logo ne peut pas dépasser {max_logo_bytes} Kio.</translation>
    </message>
    <message>
        <source>{name}: a logo must be a PNG or JPEG image.</source>
        <translation>{name}&#xa0;: un logo doit être une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The {field} is longer than {max_text} characters.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» dépasse {max_text} caractères.</translation>
    </message>
    <message>
        <source>{source}: cannot be read ({strerror}).</source>
        <translation>{source}&#xa0;: lecture impossible ({strerror}).</translation>
    </message>
    <message>
        <source>{name}: &apos;{name2}&apos; is not a date and time.</source>
        <translation>{name}&#xa0;: «&#xa0;{name2}&#xa0;» n’est pas une date et heure.</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not written and nothing was changed. Free some space.</source>
        <translation>Le disque est plein&#xa0;: {name} n’a pas été écrit et rien n’a été modifié. Libérez de l’espace.</translation>
    </message>
    <message>
        <source>{name}: &apos;{name2}&apos; is empty but required.</source>
        <translation>{name}&#xa0;: «&#xa0;{name2}&#xa0;» est vide alors qu’il est obligatoire.</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; holds a text direction control character (U+{ord:04X}), which would make the name read as something else; names may not contain one.</source>
        <translation>{where}&#xa0;: «&#xa0;{name}&#xa0;» contient un caractère de contrôle de la direction du texte (U+{ord:04X}), qui ferait lire le nom autrement&#xa0;; les noms ne peuvent pas en contenir.</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; is {short}; it must be between {low:,g} and {high:,g}.</source>
        <translation>{where}&#xa0;: «&#xa0;{name}&#xa0;» vaut {short}&#xa0;; la valeur doit être comprise entre {low:,g} et {high:,g}.</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; is {isoformat}; it must be between {earliest:%Y-%m-%d} and {latest:%Y-%m-%d}.</source>
        <translation>{where}&#xa0;: «&#xa0;{name}&#xa0;» vaut {isoformat}&#xa0;; la date doit être comprise entre le {earliest:%Y-%m-%d} et le {latest:%Y-%m-%d}.</translation>
    </message>
    <message>
        <source>{path} could not be written: {detail}. Nothing was changed.</source>
        <translation>{path} n’a pas pu être écrit&#xa0;: {detail}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{where}: &apos;points_earned&apos; ({earned:g}) is more than &apos;points_possible&apos; ({possible:g}).</source>
        <translation>{where}&#xa0;: «&#xa0;points_earned&#xa0;» ({earned:g}) est supérieur à «&#xa0;points_possible&#xa0;» ({possible:g}).</translation>
    </message>
    <message>
        <source>The receipt {name} could not be written: {strerror}.</source>
        <translation>L’accusé de réception {name} n’a pas pu être écrit&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>Rejected: the bundle holds files its manifest does not list (or lacks some).</source>
        <translation>Refusé&#xa0;: le lot contient des fichiers que son manifeste ne répertorie pas (ou il en manque).</translation>
    </message>
    <message>
        <source>Rejected: the bundle has an unknown member {name!r}.</source>
        <translation>Refusé&#xa0;: le lot contient un élément inconnu {name!r}.</translation>
    </message>
    <message>
        <source>Rejected: {name} was changed after it was signed (tampered).</source>
        <translation>Refusé&#xa0;: {name} a été modifié après sa signature (falsifié).</translation>
    </message>
    <message>
        <source>Rejected: {name} is not a CPIMS+ Trainer import receipt.</source>
        <translation>Refusé&#xa0;: {name} n’est pas un accusé de réception d’importation de CPIMS+ Trainer.</translation>
    </message>
    <message>
        <source>Rejected: {file_name} is not a CPIMS+ Trainer records bundle.</source>
        <translation>Refusé&#xa0;: {file_name} n’est pas un lot d’enregistrements de CPIMS+ Trainer.</translation>
    </message>
    <message>
        <source>Rejected: {file_name} is damaged or truncated.</source>
        <translation>Refusé&#xa0;: {file_name} est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>Rejected: {name} does not have the columns of format version 1.</source>
        <translation>Refusé&#xa0;: {name} n’a pas les colonnes de la version 1 du format.</translation>
    </message>
    <message>
        <source>Rejected: {name} does not have the size the manifest says (tampered).</source>
        <translation>Refusé&#xa0;: {name} n’a pas la taille indiquée par le manifeste (falsifié).</translation>
    </message>
    <message>
        <source>Rejected: {file_name} has format version {get!r}; this version of the app reads version {format_version}. Update the app that made or reads it.</source>
        <translation>Refusé&#xa0;: {file_name} est au format version {get!r}&#xa0;; cette version de l’application lit la version {format_version}. Mettez à jour l’application qui l’a créé ou qui le lit.</translation>
    </message>
    <message>
        <source>Rejected: {name} line {number} is too long (over {max_line_bytes} MiB); no record this app writes is that long (damaged or foreign).</source>
        <translation>Refusé&#xa0;: la ligne {number} de {name} est trop longue (plus de {max_line_bytes} Mio)&#xa0;; aucun enregistrement écrit par cette application n’est aussi long (fichier endommagé ou étranger).</translation>
    </message>
    <message>
        <source>Rejected: the manifest is not in canonical form (tampered).</source>
        <translation>Refusé&#xa0;: le manifeste n’est pas sous forme canonique (falsifié).</translation>
    </message>
    <message>
        <source>Rejected: the manifest entry for {name} is malformed.</source>
        <translation>Refusé&#xa0;: l’entrée du manifeste pour {name} est mal formée.</translation>
    </message>
    <message>
        <source>Rejected: the manifest is incomplete or malformed.</source>
        <translation>Refusé&#xa0;: le manifeste est incomplet ou mal formé.</translation>
    </message>
    <message>
        <source>Rejected: the manifest&apos;s key, did and fingerprint disagree.</source>
        <translation>Refusé&#xa0;: la clé, le did et l’empreinte du manifeste ne concordent pas.</translation>
    </message>
    <message>
        <source>Rejected: the manifest is too large.</source>
        <translation>Refusé&#xa0;: le manifeste est trop volumineux.</translation>
    </message>
    <message>
        <source>Rejected: {where} is nested too deeply (damaged or foreign).</source>
        <translation>Refusé&#xa0;: {where} est imbriqué trop profondément (fichier endommagé ou étranger).</translation>
    </message>
    <message>
        <source>Rejected: {name} cannot be read (truncated or damaged).</source>
        <translation>Refusé&#xa0;: {name} ne peut pas être lu (tronqué ou endommagé).</translation>
    </message>
    <message>
        <source>Rejected: {name} is not a readable receipt (damaged or foreign).</source>
        <translation>Refusé&#xa0;: {name} n’est pas un accusé de réception lisible (endommagé ou étranger).</translation>
    </message>
    <message>
        <source>Rejected: {name} has receipt format version {get!r}.</source>
        <translation>Refusé&#xa0;: {name} a la version de format d’accusé de réception {get!r}.</translation>
    </message>
    <message>
        <source>Rejected: the receipt is incomplete or malformed.</source>
        <translation>Refusé&#xa0;: l’accusé de réception est incomplet ou mal formé.</translation>
    </message>
    <message>
        <source>Rejected: the receipt&apos;s key, did and fingerprint disagree.</source>
        <translation>Refusé&#xa0;: la clé, le did et l’empreinte de l’accusé de réception ne concordent pas.</translation>
    </message>
    <message>
        <source>Rejected: {name} is not a records bundle (not a readable zip).</source>
        <translation>Refusé&#xa0;: {name} n’est pas un lot d’enregistrements (ce n’est pas un zip lisible).</translation>
    </message>
    <message>
        <source>Rejected: {file_name} is not a records bundle (no signed manifest).</source>
        <translation>Refusé&#xa0;: {file_name} n’est pas un lot d’enregistrements (aucun manifeste signé).</translation>
    </message>
    <message>
        <source>Rejected: the signature does not match the manifest (tampered or damaged).</source>
        <translation>Refusé&#xa0;: la signature ne correspond pas au manifeste (falsifié ou endommagé).</translation>
    </message>
    <message>
        <source>Rejected: the signature of {name} does not match (tampered or damaged).</source>
        <translation>Refusé&#xa0;: la signature de {name} ne correspond pas (falsifié ou endommagé).</translation>
    </message>
    <message>
        <source>Rejected: {name} is too large.</source>
        <translation>Refusé&#xa0;: {name} est trop volumineux.</translation>
    </message>
    <message>
        <source>Rejected: {name} is too large to be a receipt.</source>
        <translation>Refusé&#xa0;: {name} est trop volumineux pour être un accusé de réception.</translation>
    </message>
    <message>
        <source>Rejected: {where} is not valid JSON (damaged or foreign).</source>
        <translation>Refusé&#xa0;: {where} n’est pas du JSON valide (endommagé ou étranger).</translation>
    </message>
    <message>
        <source>{name}: a row does not have the {count} expected values.</source>
        <translation>{name}&#xa0;: une ligne n’a pas les {count} valeurs attendues.</translation>
    </message>
    <message>
        <source>{name}: &apos;{name2}&apos; has no time zone.</source>
        <translation>{name}&#xa0;: «&#xa0;{name2}&#xa0;» n’a pas de fuseau horaire.</translation>
    </message>
    <message>
        <source>{name}: &apos;{name2}&apos; has a value of the wrong type.</source>
        <translation>{name}&#xa0;: «&#xa0;{name2}&#xa0;» a une valeur du mauvais type.</translation>
    </message>
    <message>
        <source>Certificate {id} was already revoked on {revoked_at:%Y-%m-%d}.</source>
        <translation>Le certificat {id} a déjà été révoqué le {revoked_at:%Y-%m-%d}.</translation>
    </message>
    <message>
        <source>A certificate for this track was issued at the same moment.</source>
        <translation>Un certificat pour ce parcours a été délivré au même moment.</translation>
    </message>
    <message>
        <source>No certificates match: nothing was written.</source>
        <translation>Aucun certificat ne correspond&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{out} could not be written: {strerror}.</source>
        <translation>{out} n’a pas pu être écrit&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>{out_dir} could not be written: {strerror}.</source>
        <translation>{out_dir} n’a pas pu être écrit&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not filled. Free some space.</source>
        <translation>Le disque est plein&#xa0;: {name} n’a pas été rempli. Libérez de l’espace.</translation>
    </message>
    <message>
        <source>Give the reason for revoking the certificate.</source>
        <translation>Indiquez le motif de la révocation du certificat.</translation>
    </message>
    <message>
        <source>{path}: not an intact certificate ({reason}); its issuer was not trusted.</source>
        <translation>{path}&#xa0;: ce n’est pas un certificat intact ({reason})&#xa0;; son émetteur n’a pas été approuvé.</translation>
    </message>
    <message>
        <source>malformed: not a certificate (expected a PDF, a JSON credential or a TC1 token)</source>
        <translation>malformed: ce n’est pas un certificat (un PDF, une attestation JSON ou un jeton TC1 était attendu)</translation>
    </message>
    <message>
        <source>malformed: larger than {max_file_bytes} MB</source>
        <translation>malformed: plus de {max_file_bytes} Mo</translation>
    </message>
    <message>
        <source>malformed: the PDF has no certificate attached (certificate.json)</source>
        <translation>malformed: le PDF ne contient aucun certificat joint (certificate.json)</translation>
    </message>
    <message>
        <source>malformed: the token is not ASCII text</source>
        <translation>malformed: le jeton n’est pas du texte ASCII</translation>
    </message>
    <message>
        <source>malformed: the token is too long</source>
        <translation>malformed: le jeton est trop long</translation>
    </message>
    <message>
        <source>&apos;{certificate_id}&apos; matches {count} certificates; give more of the id.</source>
        <translation>«&#xa0;{certificate_id}&#xa0;» correspond à {count} certificats&#xa0;; indiquez une plus grande partie de l’identifiant.</translation>
    </message>
    <message>
        <source>No certificate with id &apos;{certificate_id}&apos;.</source>
        <translation>Aucun certificat avec l’identifiant «&#xa0;{certificate_id}&#xa0;».</translation>
    </message>
    <message>
        <source>Pack {pack_id} has no certificate &apos;{certificate_id}&apos;.</source>
        <translation>Le pack {pack_id} n’a pas de certificat «&#xa0;{certificate_id}&#xa0;».</translation>
    </message>
    <message>
        <source>cannot read the file: {strerror}</source>
        <translation>impossible de lire le fichier&#xa0;: {strerror}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {strerror}.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>The checklist could not be written to {path}: {strerror}.</source>
        <translation>La liste de contrôle n’a pas pu être écrite dans {path}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>The checklist could not be written to {path}.</source>
        <translation>La liste de contrôle n’a pas pu être écrite dans {path}.</translation>
    </message>
    <message>
        <source>Give the {field}.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» est obligatoire.</translation>
    </message>
    <message>
        <source>The {field} is longer than {limit} characters.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>&apos;{session_id}&apos; matches {count} sessions; give more of the id.</source>
        <translation>«&#xa0;{session_id}&#xa0;» correspond à {count} séances&#xa0;; indiquez une plus grande partie de l’identifiant.</translation>
    </message>
    <message>
        <source>No module {items} in pack &apos;{id}&apos;.</source>
        <translation>Aucun module {items} dans le pack «&#xa0;{id}&#xa0;».</translation>
    </message>
    <message>
        <source>Pick at least one module the session covered.</source>
        <translation>Choisissez au moins un module couvert par la séance.</translation>
    </message>
    <message>
        <source>No practical check &apos;{check_id}&apos; in pack &apos;{id}&apos; (known: {known}).</source>
        <translation>Aucune évaluation pratique «&#xa0;{check_id}&#xa0;» dans le pack «&#xa0;{id}&#xa0;» (connues&#xa0;: {known}).</translation>
    </message>
    <message>
        <source>Rejected: a record in {name} ({get}) does not match its signature (tampered or damaged).</source>
        <translation>Refusé&#xa0;: un enregistrement de {name} ({get}) ne correspond pas à sa signature (falsifié ou endommagé).</translation>
    </message>
    <message>
        <source>This session was recorded on another laptop; attendance is added there.</source>
        <translation>Cette séance a été enregistrée sur un autre ordinateur portable&#xa0;; les présences s’ajoutent sur celui-ci.</translation>
    </message>
    <message>
        <source>No training session with id &apos;{session_id}&apos;.</source>
        <translation>Aucune séance de formation avec l’identifiant «&#xa0;{session_id}&#xa0;».</translation>
    </message>
    <message>
        <source>Certificate branding is not available here.</source>
        <translation>La personnalisation des certificats n’est pas disponible ici.</translation>
    </message>
    <message>
        <source>No certificate files (.pdf, .json) were found there.</source>
        <translation>Aucun fichier de certificat (.pdf, .json) n’a été trouvé à cet endroit.</translation>
    </message>
    <message>
        <source>CPIMS+ Trainer is open on this data folder ({root}): close the window first, then run this command again. Nothing was changed.</source>
        <translation>CPIMS+ Trainer est ouvert sur ce dossier de données ({root})&#xa0;: fermez d’abord la fenêtre, puis relancez cette commande. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>That is not the current trainer passphrase: {error}</source>
        <translation>Ce n’est pas la phrase secrète de formateur actuelle&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Give both --value and --of (for example --value 83 --of 95).</source>
        <translation>Indiquez à la fois --value et --of (par exemple --value 83 --of 95).</translation>
    </message>
    <message>
        <source>Give the new trainer passphrase with --file FILE, or run this in a terminal.</source>
        <translation>Indiquez la nouvelle phrase secrète de formateur avec --file FILE, ou lancez cette commande dans un terminal.</translation>
    </message>
    <message>
        <source>&apos;{import_id}&apos; matches {count} imports; give more of the id.</source>
        <translation>«&#xa0;{import_id}&#xa0;» correspond à {count} importations&#xa0;; indiquez une plus grande partie de l’identifiant.</translation>
    </message>
    <message>
        <source>&apos;{conflict}&apos; matches {count} open conflicts; give more of the id.</source>
        <translation>«&#xa0;{conflict}&#xa0;» correspond à {count} conflits ouverts&#xa0;; indiquez une plus grande partie de l’identifiant.</translation>
    </message>
    <message>
        <source>This command changes shared data and needs the trainer passphrase: give it with --passphrase-file FILE or {env}, or run it in a terminal to be asked.</source>
        <translation>Cette commande modifie des données partagées et nécessite la phrase secrète de formateur&#xa0;: indiquez-la avec --passphrase-file FILE ou {env}, ou lancez la commande dans un terminal pour qu’elle vous soit demandée.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; has no track for role &apos;{main_role}&apos;.</source>
        <translation>Le pack «&#xa0;{id}&#xa0;» n’a pas de parcours pour le rôle «&#xa0;{main_role}&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot read the trainer passphrase file {path}: {error}</source>
        <translation>Impossible de lire le fichier de phrase secrète de formateur {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{path} is too large to hold a trainer passphrase.</source>
        <translation>{path} est trop volumineux pour contenir une phrase secrète de formateur.</translation>
    </message>
    <message>
        <source>A trainer passphrase is already set: changing it needs the current trainer passphrase (--passphrase-file FILE or CPIMS_TRAINER_PASSPHRASE_FILE, or run it in a terminal).</source>
        <translation>Une phrase secrète de formateur est déjà définie&#xa0;: pour la modifier, il faut la phrase secrète de formateur actuelle (--passphrase-file FILE ou CPIMS_TRAINER_PASSPHRASE_FILE, ou lancez la commande dans un terminal).</translation>
    </message>
    <message>
        <source>That is not the trainer passphrase: nothing was changed.</source>
        <translation>Ce n’est pas la phrase secrète de formateur&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing was changed.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The JSON-LD context manifest in {folder} is missing or damaged.</source>
        <translation>Le manifeste des contextes JSON-LD dans {folder} est manquant ou endommagé.</translation>
    </message>
    <message>
        <source>malformed: {type_key} {kind!r} appears twice</source>
        <translation>malformed: {type_key} {kind!r} apparaît deux fois</translation>
    </message>
    <message>
        <source>malformed: {char!r} is not a base58 character</source>
        <translation>malformed: {char!r} n’est pas un caractère base58</translation>
    </message>
    <message>
        <source>malformed: base58 value too long</source>
        <translation>malformed: valeur base58 trop longue</translation>
    </message>
    <message>
        <source>malformed: not base64url</source>
        <translation>malformed: ce n’est pas du base64url</translation>
    </message>
    <message>
        <source>malformed: @context must be exactly the VC 2.0 and Open Badges 3.0.3 contexts</source>
        <translation>malformed: @context doit être exactement les contextes VC 2.0 et Open Badges 3.0.3</translation>
    </message>
    <message>
        <source>malformed: a credential is exactly one JSON-LD node</source>
        <translation>malformed: une attestation est exactement un nœud JSON-LD</translation>
    </message>
    <message>
        <source>malformed: the document already has a proof</source>
        <translation>malformed: le document a déjà une preuve</translation>
    </message>
    <message>
        <source>malformed: the document has no @context</source>
        <translation>malformed: le document n’a pas de @context</translation>
    </message>
    <message>
        <source>malformed: embedded @context is not allowed</source>
        <translation>malformed: un @context intégré n’est pas autorisé</translation>
    </message>
    <message>
        <source>malformed: {label} is empty</source>
        <translation>malformed: {label} est vide</translation>
    </message>
    <message>
        <source>malformed: {type_key} entries are missing</source>
        <translation>malformed: les entrées {type_key} sont manquantes</translation>
    </message>
    <message>
        <source>malformed: evidence is not a list</source>
        <translation>malformed: evidence n’est pas une liste</translation>
    </message>
    <message>
        <source>malformed: expected exactly one result</source>
        <translation>malformed: un seul résultat était attendu</translation>
    </message>
    <message>
        <source>malformed: issued_at must be timezone-aware</source>
        <translation>malformed: issued_at doit comporter un fuseau horaire</translation>
    </message>
    <message>
        <source>malformed: issuer must be a did:key</source>
        <translation>malformed: l’émetteur doit être un did:key</translation>
    </message>
    <message>
        <source>malformed: JSON-LD {code_}</source>
        <translation>malformed: JSON-LD {code_}</translation>
    </message>
    <message>
        <source>malformed: JSON-LD context {url!r} is not pinned in this program</source>
        <translation>malformed: le contexte JSON-LD {url!r} n’est pas épinglé dans ce programme</translation>
    </message>
    <message>
        <source>malformed: {label} is missing or not an object</source>
        <translation>malformed: {label} est manquant ou n’est pas un objet</translation>
    </message>
    <message>
        <source>malformed: {label} is missing or not text</source>
        <translation>malformed: {label} est manquant ou n’est pas du texte</translation>
    </message>
    <message>
        <source>malformed: {type_key} is missing or not text</source>
        <translation>malformed: {type_key} est manquant ou n’est pas du texte</translation>
    </message>
    <message>
        <source>malformed: multibase value must be base58btc (start with &apos;z&apos;)</source>
        <translation>malformed: la valeur multibase doit être en base58btc (commencer par «&#xa0;z&#xa0;»)</translation>
    </message>
    <message>
        <source>malformed: non-canonical base64url</source>
        <translation>malformed: base64url non canonique</translation>
    </message>
    <message>
        <source>malformed: a credential is a JSON object</source>
        <translation>malformed: une attestation est un objet JSON</translation>
    </message>
    <message>
        <source>malformed: practical check title is empty</source>
        <translation>malformed: le titre de l’évaluation pratique est vide</translation>
    </message>
    <message>
        <source>malformed: no proof</source>
        <translation>malformed: aucune preuve</translation>
    </message>
    <message>
        <source>malformed: proof @context does not match the document @context</source>
        <translation>malformed: le @context de la preuve ne correspond pas au @context du document</translation>
    </message>
    <message>
        <source>malformed: proof &apos;created&apos; is not a dateTime</source>
        <translation>malformed: «&#xa0;created&#xa0;» de la preuve n’est pas un dateTime</translation>
    </message>
    <message>
        <source>malformed: proof is not an object</source>
        <translation>malformed: la preuve n’est pas un objet</translation>
    </message>
    <message>
        <source>malformed: proof has no proofValue</source>
        <translation>malformed: la preuve n’a pas de proofValue</translation>
    </message>
    <message>
        <source>malformed: proof purpose must be {proof_purpose}</source>
        <translation>malformed: la finalité de la preuve doit être {proof_purpose}</translation>
    </message>
    <message>
        <source>malformed: proof sets are not supported (exactly one proof expected)</source>
        <translation>malformed: les ensembles de preuves ne sont pas pris en charge (une seule preuve attendue)</translation>
    </message>
    <message>
        <source>malformed: proof type must be {proof_type}, not {get!r}</source>
        <translation>malformed: le type de preuve doit être {proof_type}, et non {get!r}</translation>
    </message>
    <message>
        <source>malformed: proof has no verificationMethod</source>
        <translation>malformed: la preuve n’a pas de verificationMethod</translation>
    </message>
    <message>
        <source>malformed: proofValue ({error})</source>
        <translation>malformed: proofValue ({error})</translation>
    </message>
    <message>
        <source>malformed: proofValue is not a 64-byte Ed25519 signature</source>
        <translation>malformed: proofValue n’est pas une signature Ed25519 de 64 octets</translation>
    </message>
    <message>
        <source>malformed: score above 100</source>
        <translation>malformed: score supérieur à 100</translation>
    </message>
    <message>
        <source>malformed: score must be between 0 and 1</source>
        <translation>malformed: le score doit être compris entre 0 et 1</translation>
    </message>
    <message>
        <source>malformed: score is not a percentage</source>
        <translation>malformed: le score n’est pas un pourcentage</translation>
    </message>
    <message>
        <source>malformed: type must include VerifiableCredential and OpenBadgeCredential</source>
        <translation>malformed: le type doit inclure VerifiableCredential et OpenBadgeCredential</translation>
    </message>
    <message>
        <source>malformed: {label} is not a urn:uuid</source>
        <translation>malformed: {label} n’est pas un urn:uuid</translation>
    </message>
    <message>
        <source>malformed: {label} is not a UUID</source>
        <translation>malformed: {label} n’est pas un UUID</translation>
    </message>
    <message>
        <source>malformed: not valid JSON-LD</source>
        <translation>malformed: ce n’est pas du JSON-LD valide</translation>
    </message>
    <message>
        <source>malformed: validFrom is not a date and time</source>
        <translation>malformed: validFrom n’est pas une date et heure</translation>
    </message>
    <message>
        <source>malformed: validFrom is missing</source>
        <translation>malformed: validFrom est manquant</translation>
    </message>
    <message>
        <source>malformed: validFrom has no time zone</source>
        <translation>malformed: validFrom n’a pas de fuseau horaire</translation>
    </message>
    <message>
        <source>malformed: verification method is not a did:key</source>
        <translation>malformed: la méthode de vérification n’est pas un did:key</translation>
    </message>
    <message>
        <source>malformed: verification method key differs from the issuer key</source>
        <translation>malformed: la clé de la méthode de vérification diffère de la clé de l’émetteur</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>The pinned JSON-LD context {name} does not match its SHA-256 in the manifest.</source>
        <translation>Le contexte JSON-LD épinglé {name} ne correspond pas à son SHA-256 dans le manifeste.</translation>
    </message>
    <message>
        <source>The pinned JSON-LD context {name} is missing.</source>
        <translation>Le contexte JSON-LD épinglé {name} est manquant.</translation>
    </message>
    <message>
        <source>undefined property: {items}</source>
        <translation>propriété non définie&#xa0;: {items}</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>unsupported cryptosuite: {get!r}</source>
        <translation>cryptosuite non prise en charge&#xa0;: {get!r}</translation>
    </message>
    <message>
        <source>This data folder already has {existing} learner(s): put demo data in an empty data folder (--data-dir), never beside real records.</source>
        <translation>Ce dossier de données contient déjà {existing} apprenant(s)&#xa0;: placez les données de démonstration dans un dossier de données vide (--data-dir), jamais à côté de vrais enregistrements.</translation>
    </message>
    <message>
        <source>Demo data needs 5 to {max_learners} learners (got {learners}).</source>
        <translation>Les données de démonstration nécessitent de 5 à {max_learners} apprenants ({learners} demandés).</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not written. Free some space.</source>
        <translation>Le disque est plein&#xa0;: {name} n’a pas été écrit. Libérez de l’espace.</translation>
    </message>
    <message>
        <source>{path} could not be written: {strerror}.</source>
        <translation>{path} n’a pas pu être écrit&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>The agency name is longer than {limit} characters.</source>
        <translation>Le nom de l’agence dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>“{title}” was already signed off by {name} on {date}.</source>
        <translation>L’étape «&#xa0;{title}&#xa0;» a déjà été validée par {name} le {date}.</translation>
    </message>
    <message>
        <source>“{title}” is closed; its evidence can no longer change.</source>
        <translation>L’étape «&#xa0;{title}&#xa0;» est clôturée&#xa0;; ses justificatifs ne peuvent plus être modifiés.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Le dossier {parent} n’existe pas.</translation>
    </message>
    <message>
        <source>No installed pack describes the rollout gates ({gates_file}).</source>
        <translation>Aucun pack installé ne décrit les étapes du déploiement ({gates_file}).</translation>
    </message>
    <message>
        <source>“{title}” is locked: the step before it is not closed yet.</source>
        <translation>L’étape «&#xa0;{title}&#xa0;» est verrouillée&#xa0;: l’étape précédente n’est pas encore clôturée.</translation>
    </message>
    <message>
        <source>“{title}” is marked not applicable.</source>
        <translation>L’étape «&#xa0;{title}&#xa0;» est marquée comme non applicable.</translation>
    </message>
    <message>
        <source>“{title}” is measured: give {measure_label} as a number of a total (for example 83 of 95).</source>
        <translation>L’étape «&#xa0;{title}&#xa0;» est mesurée&#xa0;: indiquez {measure_label} sous la forme d’un nombre sur un total (par exemple 83 sur 95).</translation>
    </message>
    <message>
        <source>“{title}” is measured: give the value as a number of a total (for example 83 of 95).</source>
        <translation>L’étape «&#xa0;{title}&#xa0;» est mesurée&#xa0;: indiquez la valeur sous la forme d’un nombre sur un total (par exemple 83 sur 95).</translation>
    </message>
    <message>
        <source>“{title}” is not measured: give no value or total.</source>
        <translation>L’étape «&#xa0;{title}&#xa0;» n’est pas mesurée&#xa0;: n’indiquez ni valeur ni total.</translation>
    </message>
    <message>
        <source>No planned number for role &apos;{role}&apos; at &apos;{agency}&apos;.</source>
        <translation>Aucun nombre prévu pour le rôle «&#xa0;{role}&#xa0;» à «&#xa0;{agency}&#xa0;».</translation>
    </message>
    <message>
        <source>No planned number for role &apos;{role}&apos; at all agencies.</source>
        <translation>Aucun nombre prévu pour le rôle «&#xa0;{role}&#xa0;» pour toutes les agences.</translation>
    </message>
    <message>
        <source>“{title}” cannot be marked not applicable: every rollout needs this step.</source>
        <translation>L’étape «&#xa0;{title}&#xa0;» ne peut pas être marquée comme non applicable&#xa0;: chaque déploiement a besoin de cette étape.</translation>
    </message>
    <message>
        <source>“{title}” cannot be signed off yet.</source>
        <translation>L’étape «&#xa0;{title}&#xa0;» ne peut pas encore être validée.</translation>
    </message>
    <message>
        <source>A note is required: say where the proof is kept.</source>
        <translation>Une note est obligatoire&#xa0;: indiquez où la preuve est conservée.</translation>
    </message>
    <message>
        <source>The planned number must be a whole number, 0 or more.</source>
        <translation>Le nombre prévu doit être un nombre entier, égal ou supérieur à 0.</translation>
    </message>
    <message>
        <source>{gates_file} has {count} problem(s)</source>
        <translation>{gates_file} présente {count} problème(s)</translation>
    </message>
    <message>
        <source>The readiness report is a PDF: give a file name ending in .pdf, not {name}.</source>
        <translation>Le rapport de préparation est un PDF&#xa0;: indiquez un nom de fichier se terminant par .pdf, et non {name}.</translation>
    </message>
    <message>
        <source>A reason is required to mark a step not applicable.</source>
        <translation>Un motif est obligatoire pour marquer une étape comme non applicable.</translation>
    </message>
    <message>
        <source>{lines}</source>
        <translation>{lines}</translation>
    </message>
    <message>
        <source>Step &apos;{gate_id}&apos; has no evidence item &apos;{requirement_id}&apos;. Items: {items}.</source>
        <translation>L’étape «&#xa0;{gate_id}&#xa0;» n’a pas de justificatif «&#xa0;{requirement_id}&#xa0;». Justificatifs&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;. Roles: {known}.</source>
        <translation>Rôle inconnu «&#xa0;{role}&#xa0;». Rôles&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>No rollout step &apos;{gate_id}&apos;. Steps: {known}.</source>
        <translation>Aucune étape de déploiement «&#xa0;{gate_id}&#xa0;». Étapes&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>The value must be a whole number from 0 to the total, and the total at least 1.</source>
        <translation>La valeur doit être un nombre entier compris entre 0 et le total, et le total doit être d’au moins 1.</translation>
    </message>
    <message>
        <source>Writing PDF files is not available in this installation.</source>
        <translation>La création de fichiers PDF n’est pas disponible dans cette installation.</translation>
    </message>
    <message>
        <source>The chapter file {file} is missing from the pack.</source>
        <translation>Le fichier du chapitre {file} est absent du pack.</translation>
    </message>
    <message>
        <source>The chapter file {file} is not UTF-8 text.</source>
        <translation>Le fichier du chapitre {file} n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a guide chapter.</source>
        <translation>«&#xa0;{title}&#xa0;» n’est pas un chapitre de guide.</translation>
    </message>
    <message>
        <source>This page is nested too deeply to show. Flatten the structure of the chapter.</source>
        <translation>Cette page est imbriquée trop profondément pour être affichée. Simplifiez la structure du chapitre.</translation>
    </message>
    <message>
        <source>This page nests tables more than {depth} deep (notes and tips count as tables), which would take the reader minutes to lay out. Flatten the structure of the chapter.</source>
        <translation>Cette page imbrique des tableaux sur plus de {depth} niveaux (les notes et les astuces comptent comme des tableaux), ce qui prendrait plusieurs minutes de mise en page au lecteur. Simplifiez la structure du chapitre.</translation>
    </message>
    <message>
        <source>The {field} is longer than {max_text_chars} characters; nothing was saved.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» dépasse {max_text_chars} caractères&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>No quiz with id &apos;{activity_id}&apos; in pack &apos;{id}&apos;.</source>
        <translation>Aucun quiz avec l’identifiant «&#xa0;{activity_id}&#xa0;» dans le pack «&#xa0;{id}&#xa0;».</translation>
    </message>
    <message>
        <source>malformed: {error}</source>
        <translation>malformed: {error}</translation>
    </message>
    <message>
        <source>malformed: larger than {max_bytes} bytes</source>
        <translation>malformed: plus de {max_bytes} octets</translation>
    </message>
    <message>
        <source>malformed: nested deeper than {max_depth} levels</source>
        <translation>malformed: imbrication de plus de {max_depth} niveaux</translation>
    </message>
    <message>
        <source>malformed: not UTF-8 text</source>
        <translation>malformed: ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>malformed: not valid JSON ({msg} at line {lineno})</source>
        <translation>malformed: JSON non valide ({msg} à la ligne {lineno})</translation>
    </message>
    <message>
        <source>The device key file {path} is damaged or unreadable.</source>
        <translation>Le fichier de clé de l’appareil {path} est endommagé ou illisible.</translation>
    </message>
    <message>
        <source>The device key file {path} does not hold an Ed25519 key.</source>
        <translation>Le fichier de clé de l’appareil {path} ne contient pas de clé Ed25519.</translation>
    </message>
    <message>
        <source>malformed: {did_or_method!r} is not a did:key</source>
        <translation>malformed: {did_or_method!r} n’est pas un did:key</translation>
    </message>
    <message>
        <source>malformed: did:key is not an Ed25519 key</source>
        <translation>malformed: le did:key n’est pas une clé Ed25519</translation>
    </message>
    <message>
        <source>malformed: did:key fragment does not match the key</source>
        <translation>malformed: le fragment du did:key ne correspond pas à la clé</translation>
    </message>
    <message>
        <source>malformed: an Ed25519 public key has 32 bytes</source>
        <translation>malformed: une clé publique Ed25519 fait 32 octets</translation>
    </message>
    <message>
        <source>malformed: not a multicodec Ed25519 private key</source>
        <translation>malformed: ce n’est pas une clé privée Ed25519 multicodec</translation>
    </message>
    <message>
        <source>&apos;{id_or_prefix}&apos; matches {count} learners; give more of the id.</source>
        <translation>«&#xa0;{id_or_prefix}&#xa0;» correspond à {count} apprenants&#xa0;; indiquez une plus grande partie de l’identifiant.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Un nom est obligatoire.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>Le nom dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>No learner matches &apos;{id_or_prefix}&apos;.</source>
        <translation>Aucun apprenant ne correspond à «&#xa0;{id_or_prefix}&#xa0;».</translation>
    </message>
    <message>
        <source>No learner with id {learner_id}.</source>
        <translation>Aucun apprenant avec l’identifiant {learner_id}.</translation>
    </message>
    <message>
        <source>A PIN must be 4 to 8 digits.</source>
        <translation>Un code PIN doit comporter de 4 à 8 chiffres.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ce code PIN est incorrect.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;. Known roles: {known}.</source>
        <translation>Rôle inconnu «&#xa0;{role}&#xa0;». Rôles connus&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>The export could not be written to {out} ({strerror}); nothing was written.</source>
        <translation>L’exportation n’a pas pu être écrite dans {out} ({strerror})&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>No LRS is configured: set one in Settings or pass --endpoint.</source>
        <translation>Aucun LRS n’est configuré&#xa0;: définissez-en un dans les paramètres ou utilisez --endpoint.</translation>
    </message>
    <message>
        <source>The {field} must be an http:// or https:// address, not &apos;{value}&apos;.</source>
        <translation>Le champ «&#xa0;{field}&#xa0;» doit être une adresse http:// ou https://, et non «&#xa0;{value}&#xa0;».</translation>
    </message>
    <message>
        <source>The password file {path} does not exist.</source>
        <translation>Le fichier de mot de passe {path} n’existe pas.</translation>
    </message>
    <message>
        <source>The password file {path} cannot be read: {strerror}.</source>
        <translation>Le fichier de mot de passe {path} ne peut pas être lu&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>The bundled pack cannot be removed.</source>
        <translation>Le pack fourni avec l’application ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>No content pack is installed.</source>
        <translation>Aucun pack de contenu n’est installé.</translation>
    </message>
    <message>
        <source>No content pack at {path}: it is neither a folder nor a file.</source>
        <translation>Aucun pack de contenu à l’emplacement {path}&#xa0;: ce n’est ni un dossier ni un fichier.</translation>
    </message>
    <message>
        <source>Could not install the pack into {packs_dir}: {strerror}</source>
        <translation>Impossible d’installer le pack dans {packs_dir}&#xa0;: {strerror}</translation>
    </message>
    <message>
        <source>Could not remove the pack {pack_id!r}: {strerror}</source>
        <translation>Impossible de supprimer le pack {pack_id!r}&#xa0;: {strerror}</translation>
    </message>
    <message>
        <source>{name} is archived and cannot {field}.</source>
        <translation>{name} est archivé et ne peut pas {field}.</translation>
    </message>
    <message>
        <source>Rejected: {name} line {line}. {reason}</source>
        <translation>Refusé&#xa0;: {name} ligne {line}. {reason}</translation>
    </message>
    <message>
        <source>Rejected: {name} line {line} is nested too deeply (damaged or foreign).</source>
        <translation>Refusé&#xa0;: {name} ligne {line} est imbriqué trop profondément (fichier endommagé ou étranger).</translation>
    </message>
    <message>
        <source>Rejected: {name} line {line} is not valid JSON (damaged or foreign).</source>
        <translation>Refusé&#xa0;: {name} ligne {line} n’est pas du JSON valide (endommagé ou étranger).</translation>
    </message>
    <message>
        <source>Rejected: {name} line {line}, the {table} record {key}. {reason}</source>
        <translation>Refusé&#xa0;: {name} ligne {line}, l’enregistrement {table} {key}. {reason}</translation>
    </message>
    <message>
        <source>Cancelled: this file and the ones after it were not read.</source>
        <translation>Annulé&#xa0;: ce fichier et les suivants n’ont pas été lus.</translation>
    </message>
    <message>
        <source>Only a learner with the coordinator role can {field}; {name} is not a coordinator.</source>
        <translation>Seul un apprenant ayant le rôle de coordinateur peut {field}&#xa0;; {name} n’est pas coordinateur.</translation>
    </message>
    <message>
        <source>The content pack at {root} cannot be used; problems found: {count}.</source>
        <translation>Le pack de contenu situé à {root} ne peut pas être utilisé&#xa0;; problèmes trouvés&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{name} was not installed; problems found: {count}.</source>
        <translation>{name} n’a pas été installé&#xa0;; problèmes trouvés&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>No installed pack with id {pack_id!r}.</source>
        <translation>Aucun pack installé avec l’identifiant {pack_id!r}.</translation>
    </message>
    <message>
        <source>No installed pack with id &apos;{pack_id}&apos;.</source>
        <translation>Aucun pack installé avec l’identifiant «&#xa0;{pack_id}&#xa0;».</translation>
    </message>
    <message>
        <source>{pack_id!r} is not a pack id.</source>
        <translation>{pack_id!r} n’est pas un identifiant de pack.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; has the id of the bundled pack; give it another id.</source>
        <translation>Le pack «&#xa0;{id}&#xa0;» a l’identifiant du pack fourni avec l’application&#xa0;; donnez-lui un autre identifiant.</translation>
    </message>
    <message>
        <source>This page is nested too deeply to show (more than {max_depth} levels of lists, quotes or HTML elements). Flatten the structure of the chapter.</source>
        <translation>Cette page est imbriquée trop profondément pour être affichée (plus de {max_depth} niveaux de listes, de citations ou d’éléments HTML). Simplifiez la structure du chapitre.</translation>
    </message>
    <message>
        <source>This page is too large to show ({size:.1f} MB of text; the limit is {max_bytes:.0f} MB). Split the chapter into smaller ones.</source>
        <translation>Cette page est trop volumineuse pour être affichée ({size:.1f} Mo de texte&#xa0;; la limite est de {max_bytes:.0f} Mo). Divisez le chapitre en chapitres plus courts.</translation>
    </message>
    <message>
        <source>question {value}: option {option!r} reads as a careless or dishonest act nobody would pick: write a distractor that someone who skipped the lesson could choose</source>
        <translation>question {value}&#xa0;: l’option {option!r} décrit un acte négligent ou malhonnête que personne ne choisirait&#xa0;: écrivez un distracteur qu’une personne n’ayant pas suivi la leçon pourrait choisir</translation>
    </message>
    <message>
        <source>question id {value!r} is already in this bank by reference (line {line})</source>
        <translation>l’identifiant de question {value!r} figure déjà dans cette banque par référence (ligne {line})</translation>
    </message>
    <message>
        <source>{what}: question {value!r} is already in this bank (line {line})</source>
        <translation>{what}&#xa0;: la question {value!r} figure déjà dans cette banque (ligne {line})</translation>
    </message>
    <message>
        <source>{what} id {value!r} is not valid: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>l’identifiant {value!r} ({what}) n’est pas valide&#xa0;: utilisez des lettres minuscules, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;», en commençant par une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>{what}: {value!r} is not a language code such as &apos;fr&apos; or &apos;pt-BR&apos;</source>
        <translation>{what}&#xa0;: {value!r} n’est pas un code de langue tel que &apos;fr&apos; ou &apos;pt-BR&apos;</translation>
    </message>
    <message>
        <source>{what}: &apos;pairs&apos; must be a list of [left, right] string pairs</source>
        <translation>{what}&#xa0;: &apos;pairs&apos; doit être une liste de paires de textes [gauche, droite]</translation>
    </message>
    <message>
        <source>the bank {path} cannot be read</source>
        <translation>la banque {path} ne peut pas être lue</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>impossible de lire le fichier&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>certificate {certificate!r} serves step {step}, so the gate of step {gate_step} cannot count it</source>
        <translation>le certificat {certificate!r} sert l’étape {step}, donc le jalon de l’étape {gate_step} ne peut pas le compter</translation>
    </message>
    <message>
        <source>certificate {certificate!r} needs activity {activity!r} (module {module!r}), which the gate of step {later_step} ({later_gate}) counts as requirement {requirement!r}: the gate of step {step} cannot need later work; move that activity out of the certificate&apos;s modules or count another certificate</source>
        <translation>le certificat {certificate!r} exige l’activité {activity!r} (module {module!r}), que le jalon de l’étape {later_step} ({later_gate}) compte comme exigence {requirement!r}&#xa0;: le jalon de l’étape {step} ne peut pas exiger un travail ultérieur&#xa0;; retirez cette activité des modules du certificat ou comptez un autre certificat</translation>
    </message>
    <message>
        <source>{what}: &apos;modules&apos; must name at least one module of the track</source>
        <translation>{what}&#xa0;: &apos;modules&apos; doit nommer au moins un module du parcours</translation>
    </message>
    <message>
        <source>{what}: give either [[track.certificates]] or [track.certificate], not both</source>
        <translation>{what}&#xa0;: indiquez soit [[track.certificates]], soit [track.certificate], mais pas les deux</translation>
    </message>
    <message>
        <source>{what}: [[track.certificates]] lists no certificate</source>
        <translation>{what}&#xa0;: [[track.certificates]] ne contient aucun certificat</translation>
    </message>
    <message>
        <source>{what}: missing [[track.certificates]] (or the older [track.certificate])</source>
        <translation>{what}&#xa0;: [[track.certificates]] manque (ou l’ancien [track.certificate])</translation>
    </message>
    <message>
        <source>a chapter must end with a &apos;## Summary&apos; section</source>
        <translation>un chapitre doit se terminer par une section &apos;## Summary&apos;</translation>
    </message>
    <message>
        <source>a chapter must start with a level-1 heading (`# Title`)</source>
        <translation>un chapitre doit commencer par un titre de niveau 1 (`# Title`)</translation>
    </message>
    <message>
        <source>cannot read the chapter: it must be a UTF-8 text file</source>
        <translation>impossible de lire le chapitre&#xa0;: ce doit être un fichier texte UTF-8</translation>
    </message>
    <message>
        <source>{what}: correct answer {value!r} is not one of the options</source>
        <translation>{what}&#xa0;: la bonne réponse {value!r} ne fait pas partie des options</translation>
    </message>
    <message>
        <source>{what}: draw = {draw} but the bank has only {count} items</source>
        <translation>{what}&#xa0;: draw = {draw} mais la banque ne contient que {count} éléments</translation>
    </message>
    <message>
        <source>duplicate {what} id {value!r} (first defined at {where})</source>
        <translation>identifiant {value!r} en double ({what}&#xa0;; défini d’abord en {where})</translation>
    </message>
    <message>
        <source>duplicate {what} id {value!r}</source>
        <translation>identifiant {value!r} en double ({what})</translation>
    </message>
    <message>
        <source>question {value} asks the same as {first_id} ({first}): share that question by reference (ref = &quot;{bank}#{first_id}&quot;) instead of asking it twice</source>
        <translation>la question {value} pose la même chose que {first_id} ({first})&#xa0;: partagez cette question par référence (ref = &quot;{bank}#{first_id}&quot;) au lieu de la poser deux fois</translation>
    </message>
    <message>
        <source>duplicate requirement id {value!r} in gate {gate} (first at line {first})</source>
        <translation>identifiant d’exigence {value!r} en double dans le jalon {gate} (d’abord à la ligne {first})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must not be empty</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; ne doit pas être vide</translation>
    </message>
    <message>
        <source>{what}: give exactly one of &apos;{key}&apos; and &apos;{other}&apos;</source>
        <translation>{what}&#xa0;: indiquez exactement l’un de &apos;{key}&apos; et &apos;{other}&apos;</translation>
    </message>
    <message>
        <source>{share} of {count} true/false items are &apos;false&apos; (target {low}–{high}): a learner who always answers the same scores without the lesson; rewrite some as statements of the other kind</source>
        <translation>{share} des {count} éléments vrai/faux ont pour réponse &apos;false&apos; (cible {low}–{high})&#xa0;: une personne qui répond toujours pareil réussit sans la leçon&#xa0;; réécrivez-en certains sous forme d’affirmations de l’autre type</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>file {path!r} not found</source>
        <translation>fichier {path!r} introuvable</translation>
    </message>
    <message>
        <source>the file is over {max_mb} MB: split it up</source>
        <translation>le fichier dépasse {max_mb} Mo&#xa0;: divisez-le</translation>
    </message>
    <message>
        <source>{what}: gate {value!r} is step {step}; a gate can only require an earlier step than its own ({own})</source>
        <translation>{what}&#xa0;: le jalon {value!r} est à l’étape {step}&#xa0;; un jalon ne peut exiger qu’une étape antérieure à la sienne ({own})</translation>
    </message>
    <message>
        <source>heading {title!r} repeats an earlier one (anchor #{anchor})</source>
        <translation>le titre {title!r} répète un titre précédent (ancre #{anchor})</translation>
    </message>
    <message>
        <source>image {url!r} does not name a file</source>
        <translation>l’image {url!r} ne nomme pas de fichier</translation>
    </message>
    <message>
        <source>the key is the single longest option in {share} of {count} single-choice items (target ≤ {target}): a learner who picks the longest option scores without the lesson; tighten keys or lengthen good distractors (e.g. {examples})</source>
        <translation>la bonne réponse est l’option la plus longue dans {share} des {count} éléments à choix unique (cible ≤ {target})&#xa0;: une personne qui choisit l’option la plus longue réussit sans la leçon&#xa0;; resserrez les réponses ou allongez de bons distracteurs (p. ex. {examples})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a table</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; doit être une table</translation>
    </message>
    <message>
        <source>path {path!r} is a symbolic link that leaves the pack</source>
        <translation>le chemin {path!r} est un lien symbolique qui sort du pack</translation>
    </message>
    <message>
        <source>{what}: no section with anchor #{anchor} in {path}</source>
        <translation>{what}&#xa0;: aucune section avec l’ancre #{anchor} dans {path}</translation>
    </message>
    <message>
        <source>{what} is not allowed (only http(s), mailto and files inside the pack) and will be removed</source>
        <translation>{what} n’est pas autorisé (seulement http(s), mailto et les fichiers du pack) et sera retiré</translation>
    </message>
    <message>
        <source>list item indented by {spaces} spaces: indent nested lists by four</source>
        <translation>élément de liste indenté de {spaces} espaces&#xa0;: indentez les listes imbriquées de quatre</translation>
    </message>
    <message>
        <source>{what}: &apos;practical_checks&apos; lists a check twice</source>
        <translation>{what}&#xa0;: &apos;practical_checks&apos; cite une évaluation deux fois</translation>
    </message>
    <message>
        <source>{what}: &apos;modules&apos; lists a module twice</source>
        <translation>{what}&#xa0;: &apos;modules&apos; cite un module deux fois</translation>
    </message>
    <message>
        <source>{what}: missing required key &apos;{key}&apos;</source>
        <translation>{what}&#xa0;: la clé obligatoire &apos;{key}&apos; manque</translation>
    </message>
    <message>
        <source>{what}: a module needs at least one activity</source>
        <translation>{what}&#xa0;: un module doit contenir au moins une activité</translation>
    </message>
    <message>
        <source>{what}: module {value!r} is not one of the track&apos;s modules ({known})</source>
        <translation>{what}&#xa0;: le module {value!r} ne fait pas partie des modules du parcours ({known})</translation>
    </message>
    <message>
        <source>{what}: module {value!r} is listed twice</source>
        <translation>{what}&#xa0;: le module {value!r} est cité deux fois</translation>
    </message>
    <message>
        <source>{what} must be a table</source>
        <translation>{what} doit être une table</translation>
    </message>
    <message>
        <source>{what}: a scenario part cannot itself be a scenario</source>
        <translation>{what}&#xa0;: une partie de scénario ne peut pas être elle-même un scénario</translation>
    </message>
    <message>
        <source>{what}: no correct answer (&apos;correct&apos; lists the right option texts)</source>
        <translation>{what}&#xa0;: aucune bonne réponse (&apos;correct&apos; liste les textes des bonnes options)</translation>
    </message>
    <message>
        <source>{what}: it has no gates</source>
        <translation>{what}&#xa0;: il ne contient aucun jalon</translation>
    </message>
    <message>
        <source>{reason}: a content pack holds content/pack.toml</source>
        <translation>{reason}&#xa0;: un pack de contenu contient content/pack.toml</translation>
    </message>
    <message>
        <source>{what}: it has no questions</source>
        <translation>{what}&#xa0;: elle ne contient aucune question</translation>
    </message>
    <message>
        <source>{what}: at least one requirement is needed ([[gates.requirements]])</source>
        <translation>{what}&#xa0;: au moins une exigence est nécessaire ([[gates.requirements]])</translation>
    </message>
    <message>
        <source>{what}: at least one role is required ([[roles]] with id and title)</source>
        <translation>{what}&#xa0;: au moins un rôle est obligatoire ([[roles]] avec id et title)</translation>
    </message>
    <message>
        <source>{what}: it has no steps</source>
        <translation>{what}&#xa0;: il ne contient aucune étape</translation>
    </message>
    <message>
        <source>{what}: &apos;track_files&apos; must list at least one track file</source>
        <translation>{what}&#xa0;: &apos;track_files&apos; doit citer au moins un fichier de parcours</translation>
    </message>
    <message>
        <source>{what}: missing the [track] table</source>
        <translation>{what}&#xa0;: la table [track] manque</translation>
    </message>
    <message>
        <source>{what}: track {value!r} awards no whole-track certificate; name one of its certificates with &apos;certificate = ...&apos; ({known})</source>
        <translation>{what}&#xa0;: le parcours {value!r} ne délivre aucun certificat de parcours complet&#xa0;; nommez l’un de ses certificats avec &apos;certificate = ...&apos; ({known})</translation>
    </message>
    <message>
        <source>{path!r} is not a file</source>
        <translation>{path!r} n’est pas un fichier</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be true or false</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; doit valoir true ou false</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be between 0 and 1 (got {value})</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; doit être compris entre 0 et 1 (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a number</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; doit être un nombre</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be one of {known} (got {value!r})</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; doit être l’un de {known} (valeur&#xa0;: {value!r})</translation>
    </message>
    <message>
        <source>not a pack folder or a .zip file</source>
        <translation>ni un dossier de pack ni un fichier .zip</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be more than 0</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; doit être supérieur à 0</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be more than 0 and at most 1 (got {value})</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; doit être supérieur à 0 et au plus égal à 1 (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a string</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; doit être un texte</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a list of strings</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; doit être une liste de textes</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be an array of tables</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; doit être un tableau de tables</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>le fichier n’est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>{what}: activity {value!r} is a {kind}, not a walkthrough</source>
        <translation>{what}&#xa0;: l’activité {value!r} est de type {kind}, pas un exercice guidé</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a whole number</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; doit être un nombre entier</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; applies only with &apos;{other}&apos;</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; ne s’applique qu’avec &apos;{other}&apos;</translation>
    </message>
    <message>
        <source>{what}: the left sides of &apos;pairs&apos; repeat a value</source>
        <translation>{what}&#xa0;: les côtés gauches de &apos;pairs&apos; répètent une valeur</translation>
    </message>
    <message>
        <source>{what}: the right sides of &apos;pairs&apos; repeat a value</source>
        <translation>{what}&#xa0;: les côtés droits de &apos;pairs&apos; répètent une valeur</translation>
    </message>
    <message>
        <source>path {path!r} is absolute: paths are relative to the pack root</source>
        <translation>le chemin {path!r} est absolu&#xa0;: les chemins sont relatifs à la racine du pack</translation>
    </message>
    <message>
        <source>path {path!r} uses backslashes: use forward slashes</source>
        <translation>le chemin {path!r} utilise des barres obliques inverses&#xa0;: utilisez des barres obliques (/)</translation>
    </message>
    <message>
        <source>path {path!r} contains &apos;..&apos;: paths must stay inside the pack</source>
        <translation>le chemin {path!r} contient &apos;..&apos;&#xa0;: les chemins doivent rester dans le pack</translation>
    </message>
    <message>
        <source>path {path!r} names a drive: paths are relative to the pack root</source>
        <translation>le chemin {path!r} nomme un lecteur&#xa0;: les chemins sont relatifs à la racine du pack</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>le chemin est vide</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>le chemin contient un caractère NUL</translation>
    </message>
    <message>
        <source>{what}: prerequisite cycle {cycle} (no module of it could ever open)</source>
        <translation>{what}&#xa0;: cycle de prérequis {cycle} (aucun de ses modules ne pourrait jamais s’ouvrir)</translation>
    </message>
    <message>
        <source>ref {ref!r} must be FILE#question-id, e.g. quizzes/bank.toml#bank-01</source>
        <translation>la référence {ref!r} doit avoir la forme FICHIER#id-question, p. ex. quizzes/bank.toml#bank-01</translation>
    </message>
    <message>
        <source>ref {ref!r}: {value!r} is not a valid question id</source>
        <translation>référence {ref!r}&#xa0;: {value!r} n’est pas un identifiant de question valide</translation>
    </message>
    <message>
        <source>{what}: reference cycle {chain}</source>
        <translation>{what}&#xa0;: cycle de références {chain}</translation>
    </message>
    <message>
        <source>{what}: &apos;ref&apos; takes no other keys (found {found})</source>
        <translation>{what}&#xa0;: &apos;ref&apos; n’accepte aucune autre clé (trouvé&#xa0;: {found})</translation>
    </message>
    <message>
        <source>a reference needs the pack folder</source>
        <translation>une référence a besoin du dossier du pack</translation>
    </message>
    <message>
        <source>{what}: ref {ref!r}: question {value!r} is not found there</source>
        <translation>{what}&#xa0;: référence {ref!r}&#xa0;: la question {value!r} n’y figure pas</translation>
    </message>
    <message>
        <source>&apos;ref&apos; must be a string FILE#question-id</source>
        <translation>&apos;ref&apos; doit être un texte FICHIER#id-question</translation>
    </message>
    <message>
        <source>ref {ref!r} must name a question bank (.toml)</source>
        <translation>la référence {ref!r} doit nommer une banque de questions (.toml)</translation>
    </message>
    <message>
        <source>ref {ref!r}: {reason}</source>
        <translation>référence {ref!r}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{what}: ref {ref!r}: {reason}</source>
        <translation>{what}&#xa0;: référence {ref!r}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{what}: ref {ref!r}: question {value!r} is a part of scenario {owner!r}: refer to the scenario</source>
        <translation>{what}&#xa0;: référence {ref!r}&#xa0;: la question {value!r} fait partie du scénario {owner!r}&#xa0;: faites référence au scénario</translation>
    </message>
    <message>
        <source>{what}: ref {ref!r} is a chain of more than {limit} references</source>
        <translation>{what}&#xa0;: la référence {ref!r} est une chaîne de plus de {limit} références</translation>
    </message>
    <message>
        <source>remote image {url!r} will not be shown: put images inside the pack</source>
        <translation>l’image distante {url!r} ne sera pas affichée&#xa0;: placez les images dans le pack</translation>
    </message>
    <message>
        <source>{what}: {key} repeat {values}</source>
        <translation>{what}&#xa0;: {key} répète {values}</translation>
    </message>
    <message>
        <source>{what}: a scenario needs at least {minimum} parts (has {count})</source>
        <translation>{what}&#xa0;: un scénario doit avoir au moins {minimum} parties (il en a {count})</translation>
    </message>
    <message>
        <source>{what}: schema_version must be {known} (got {value})</source>
        <translation>{what}&#xa0;: schema_version doit valoir {known} (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <source>{what}: schema_version {value} is newer than this app understands ({known}); update CPIMS+ Trainer</source>
        <translation>{what}&#xa0;: schema_version {value} est plus récent que ce que cette application comprend ({known})&#xa0;; mettez CPIMS+ Trainer à jour</translation>
    </message>
    <message>
        <source>{what}: a single-answer question needs exactly one correct option</source>
        <translation>{what}&#xa0;: une question à réponse unique doit avoir exactement une bonne option</translation>
    </message>
    <message>
        <source>source {source!r}: file {path!r} not found</source>
        <translation>source {source!r}&#xa0;: fichier {path!r} introuvable</translation>
    </message>
    <message>
        <source>source {source!r} has no section anchor after &apos;#&apos;</source>
        <translation>la source {source!r} n’a pas d’ancre de section après &apos;#&apos;</translation>
    </message>
    <message>
        <source>{what}: source {source!r} must be FILE#anchor</source>
        <translation>{what}&#xa0;: la source {source!r} doit avoir la forme FICHIER#ancre</translation>
    </message>
    <message>
        <source>source {source!r} must name a guide chapter (.md)</source>
        <translation>la source {source!r} doit nommer un chapitre du guide (.md)</translation>
    </message>
    <message>
        <source>source {source!r}: {reason}</source>
        <translation>source {source!r}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>source {source!r}: no section with anchor #{anchor} in {path}</source>
        <translation>source {source!r}&#xa0;: aucune section avec l’ancre #{anchor} dans {path}</translation>
    </message>
    <message>
        <source>{what}: step {step} comes after step {previous}: list the gates in increasing step order</source>
        <translation>{what}&#xa0;: l’étape {step} vient après l’étape {previous}&#xa0;: listez les jalons par ordre croissant d’étape</translation>
    </message>
    <message>
        <source>{what}: step {step} is also the step of gate {gate!r}</source>
        <translation>{what}&#xa0;: l’étape {step} est aussi celle du jalon {gate!r}</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{what}: subtitles for {language!r} must be a file path</source>
        <translation>{what}&#xa0;: les sous-titres pour {language!r} doivent être un chemin de fichier</translation>
    </message>
    <message>
        <source>{what}: subtitles {path!r} must be a WebVTT (.vtt) file</source>
        <translation>{what}&#xa0;: les sous-titres {path!r} doivent être un fichier WebVTT (.vtt)</translation>
    </message>
    <message>
        <source>path {path!r} is a symbolic link: pack TOML files must be regular files</source>
        <translation>le chemin {path!r} est un lien symbolique&#xa0;: les fichiers TOML du pack doivent être des fichiers ordinaires</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail}</source>
        <translation>erreur de syntaxe TOML&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail} (column {column})</source>
        <translation>erreur de syntaxe TOML&#xa0;: {detail} (colonne {column})</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail} (at the end of the file)</source>
        <translation>erreur de syntaxe TOML&#xa0;: {detail} (à la fin du fichier)</translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>{what}: needs at least {minimum} {key} (has {count})</source>
        <translation>{what}&#xa0;: il faut au moins {minimum} {key} (il y en a {count})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be at least {minimum:g} (got {value})</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; doit valoir au moins {minimum:g} (valeur&#xa0;: {value})</translation>
    </message>
    <message>
        <source>{what}: track file {path!r} is listed twice</source>
        <translation>{what}&#xa0;: le fichier de parcours {path!r} est cité deux fois</translation>
    </message>
    <message>
        <source>{what}: a track needs at least one module</source>
        <translation>{what}&#xa0;: un parcours doit contenir au moins un module</translation>
    </message>
    <message>
        <source>{what}: a true_false question needs &apos;answer = true&apos; or &apos;answer = false&apos;</source>
        <translation>{what}&#xa0;: une question true_false doit avoir &apos;answer = true&apos; ou &apos;answer = false&apos;</translation>
    </message>
    <message>
        <source>{what}: unknown book {value!r} (books are listed in content/pack.toml)</source>
        <translation>{what}&#xa0;: livre inconnu {value!r} (les livres sont listés dans content/pack.toml)</translation>
    </message>
    <message>
        <source>{what}: unknown certificate {value!r} (certificates of the pack: {known})</source>
        <translation>{what}&#xa0;: certificat inconnu {value!r} (certificats du pack&#xa0;: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown practical check {value!r} ([[practical_checks]] of the pack: {known})</source>
        <translation>{what}&#xa0;: évaluation pratique inconnue {value!r} ([[practical_checks]] du pack&#xa0;: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown practical check {value!r} ([[practical_checks]] of the pack: none are defined)</source>
        <translation>{what}&#xa0;: évaluation pratique inconnue {value!r} ([[practical_checks]] du pack&#xa0;: aucune n’est définie)</translation>
    </message>
    <message>
        <source>{what}: unknown gate {value!r}</source>
        <translation>{what}&#xa0;: jalon inconnu {value!r}</translation>
    </message>
    <message>
        <source>{what}: unknown key &apos;{key}&apos; (known keys: {known})</source>
        <translation>{what}&#xa0;: clé inconnue &apos;{key}&apos; (clés connues&#xa0;: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown kind {value!r} (use one of {known})</source>
        <translation>{what}&#xa0;: type inconnu {value!r} (utilisez l’un de {known})</translation>
    </message>
    <message>
        <source>{what}: unknown module {value!r}</source>
        <translation>{what}&#xa0;: module inconnu {value!r}</translation>
    </message>
    <message>
        <source>{what}: unknown prerequisite module {value!r}</source>
        <translation>{what}&#xa0;: module prérequis inconnu {value!r}</translation>
    </message>
    <message>
        <source>{what}: unknown role {value!r} (roles of the pack: {known})</source>
        <translation>{what}&#xa0;: rôle inconnu {value!r} (rôles du pack&#xa0;: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown role {value!r} (roles are listed in content/pack.toml)</source>
        <translation>{what}&#xa0;: rôle inconnu {value!r} (les rôles sont listés dans content/pack.toml)</translation>
    </message>
    <message>
        <source>{what}: unknown site {value!r} (use one of {known})</source>
        <translation>{what}&#xa0;: site inconnu {value!r} (utilisez l’un de {known})</translation>
    </message>
    <message>
        <source>{what}: unknown track {value!r} (tracks of the pack: {known})</source>
        <translation>{what}&#xa0;: parcours inconnu {value!r} (parcours du pack&#xa0;: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown type {value!r} (use one of {known})</source>
        <translation>{what}&#xa0;: type inconnu {value!r} (utilisez l’un de {known})</translation>
    </message>
    <message>
        <source>{what}: unknown walkthrough activity {value!r}</source>
        <translation>{what}&#xa0;: activité d’exercice guidé inconnue {value!r}</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must name a {suffix} file (got {value!r})</source>
        <translation>{what}&#xa0;: &apos;{key}&apos; doit nommer un fichier {suffix} (valeur&#xa0;: {value!r})</translation>
    </message>
    <message>
        <source>No such pack file: {zip_path}</source>
        <translation>Fichier de pack introuvable&#xa0;: {zip_path}</translation>
    </message>
    <message>
        <source>No activity &apos;{activity_id}&apos; in pack &apos;{pack_id}&apos;.</source>
        <translation>Aucune activité «&#xa0;{activity_id}&#xa0;» dans le pack «&#xa0;{pack_id}&#xa0;».</translation>
    </message>
    <message>
        <source>Writing PDFs is not available here.</source>
        <translation>La création de PDF n’est pas disponible ici.</translation>
    </message>
    <message>
        <source>malformed: PDF array is too large</source>
        <translation>malformed: tableau PDF trop grand</translation>
    </message>
    <message>
        <source>malformed: PDF has a chain of references that is too long</source>
        <translation>malformed: le PDF contient une chaîne de références trop longue</translation>
    </message>
    <message>
        <source>malformed: PDF compressed data is truncated</source>
        <translation>malformed: les données compressées du PDF sont tronquées</translation>
    </message>
    <message>
        <source>malformed: PDF compressed data is damaged</source>
        <translation>malformed: les données compressées du PDF sont endommagées</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference offset points outside the file</source>
        <translation>malformed: le décalage de la table de références croisées du PDF pointe hors du fichier</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference data is damaged</source>
        <translation>malformed: les données de références croisées du PDF sont endommagées</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference stream has bad /W</source>
        <translation>malformed: le flux de références croisées du PDF a un /W incorrect</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference stream has bad /Index</source>
        <translation>malformed: le flux de références croisées du PDF a un /Index incorrect</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference table is damaged</source>
        <translation>malformed: la table de références croisées du PDF est endommagée</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference entry is damaged</source>
        <translation>malformed: une entrée de références croisées du PDF est endommagée</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference stream is too short</source>
        <translation>malformed: le flux de références croisées du PDF est trop court</translation>
    </message>
    <message>
        <source>malformed: PDF dictionary key is not a name</source>
        <translation>malformed: une clé de dictionnaire PDF n’est pas un nom</translation>
    </message>
    <message>
        <source>malformed: PDF dictionary is too large</source>
        <translation>malformed: dictionnaire PDF trop grand</translation>
    </message>
    <message>
        <source>malformed: PDF has no document catalog</source>
        <translation>malformed: le PDF n’a pas de catalogue de document</translation>
    </message>
    <message>
        <source>malformed: PDF embedded data is larger than {max_bytes} bytes</source>
        <translation>malformed: les données intégrées au PDF dépassent {max_bytes} octets</translation>
    </message>
    <message>
        <source>malformed: PDF embedded file has no /Length</source>
        <translation>malformed: un fichier intégré au PDF n’a pas de /Length</translation>
    </message>
    <message>
        <source>malformed: PDF embedded file has no file specification</source>
        <translation>malformed: un fichier intégré au PDF n’a pas de spécification de fichier</translation>
    </message>
    <message>
        <source>malformed: PDF embedded file specification has no /EF</source>
        <translation>malformed: la spécification d’un fichier intégré au PDF n’a pas de /EF</translation>
    </message>
    <message>
        <source>malformed: PDF embedded file has no data stream</source>
        <translation>malformed: un fichier intégré au PDF n’a pas de flux de données</translation>
    </message>
    <message>
        <source>malformed: PDF embedded-file list is too large</source>
        <translation>malformed: la liste des fichiers intégrés au PDF est trop grande</translation>
    </message>
    <message>
        <source>malformed: PDF embedded-file list is damaged</source>
        <translation>malformed: la liste des fichiers intégrés au PDF est endommagée</translation>
    </message>
    <message>
        <source>malformed: PDF embeds two files named {name!r}</source>
        <translation>malformed: le PDF intègre deux fichiers nommés {name!r}</translation>
    </message>
    <message>
        <source>malformed: PDF ends in the middle of an object</source>
        <translation>malformed: le PDF se termine au milieu d’un objet</translation>
    </message>
    <message>
        <source>malformed: PDF header is missing (not a PDF file)</source>
        <translation>malformed: en-tête PDF manquant (ce n’est pas un fichier PDF)</translation>
    </message>
    <message>
        <source>malformed: PDF hex string is not closed</source>
        <translation>malformed: une chaîne hexadécimale du PDF n’est pas fermée</translation>
    </message>
    <message>
        <source>malformed: PDF hex string has a character that is not a hex digit</source>
        <translation>malformed: une chaîne hexadécimale du PDF contient un caractère qui n’est pas un chiffre hexadécimal</translation>
    </message>
    <message>
        <source>malformed: PDF is larger than {max_pdf_bytes} MB</source>
        <translation>malformed: le PDF dépasse {max_pdf_bytes} Mo</translation>
    </message>
    <message>
        <source>malformed: PDF has more than {max_attachments} embedded files</source>
        <translation>malformed: le PDF contient plus de {max_attachments} fichiers intégrés</translation>
    </message>
    <message>
        <source>malformed: PDF object {number} is not closed</source>
        <translation>malformed: l’objet PDF {number} n’est pas fermé</translation>
    </message>
    <message>
        <source>malformed: PDF object number is out of range</source>
        <translation>malformed: numéro d’objet PDF hors limites</translation>
    </message>
    <message>
        <source>malformed: PDF object stream has bad /N or /First</source>
        <translation>malformed: le flux d’objets du PDF a un /N ou un /First incorrect</translation>
    </message>
    <message>
        <source>malformed: PDF object stream index is damaged</source>
        <translation>malformed: l’index du flux d’objets du PDF est endommagé</translation>
    </message>
    <message>
        <source>malformed: PDF object stream is missing</source>
        <translation>malformed: flux d’objets du PDF manquant</translation>
    </message>
    <message>
        <source>malformed: PDF object stream is damaged</source>
        <translation>malformed: le flux d’objets du PDF est endommagé</translation>
    </message>
    <message>
        <source>malformed: PDF objects nested too deeply</source>
        <translation>malformed: objets PDF imbriqués trop profondément</translation>
    </message>
    <message>
        <source>malformed: PDF predicted stream has a partial row</source>
        <translation>malformed: un flux PDF avec prédicteur contient une ligne incomplète</translation>
    </message>
    <message>
        <source>malformed: PDF startxref is not a valid offset</source>
        <translation>malformed: startxref du PDF n’est pas un décalage valide</translation>
    </message>
    <message>
        <source>malformed: PDF stream has no dictionary</source>
        <translation>malformed: un flux PDF n’a pas de dictionnaire</translation>
    </message>
    <message>
        <source>malformed: PDF stream filter {filters} is not supported</source>
        <translation>malformed: le filtre de flux PDF {filters} n’est pas pris en charge</translation>
    </message>
    <message>
        <source>malformed: PDF stream length does not match its data (truncated or damaged file)</source>
        <translation>malformed: la longueur d’un flux PDF ne correspond pas à ses données (fichier tronqué ou endommagé)</translation>
    </message>
    <message>
        <source>malformed: PDF stream predictor is not supported</source>
        <translation>malformed: le prédicteur de flux PDF n’est pas pris en charge</translation>
    </message>
    <message>
        <source>malformed: PDF stream predictor row type is unknown</source>
        <translation>malformed: type de ligne du prédicteur de flux PDF inconnu</translation>
    </message>
    <message>
        <source>malformed: PDF stream has no valid /Length</source>
        <translation>malformed: un flux PDF n’a pas de /Length valide</translation>
    </message>
    <message>
        <source>malformed: PDF string is not closed</source>
        <translation>malformed: une chaîne PDF n’est pas fermée</translation>
    </message>
    <message>
        <source>malformed: PDF string is too long</source>
        <translation>malformed: une chaîne PDF est trop longue</translation>
    </message>
    <message>
        <source>malformed: PDF text is not a string</source>
        <translation>malformed: un texte PDF n’est pas une chaîne</translation>
    </message>
    <message>
        <source>malformed: PDF has too many cross-reference sections</source>
        <translation>malformed: le PDF contient trop de sections de références croisées</translation>
    </message>
    <message>
        <source>malformed: PDF trailer is not a dictionary</source>
        <translation>malformed: le trailer du PDF n’est pas un dictionnaire</translation>
    </message>
    <message>
        <source>malformed: PDF is truncated (no end-of-file marker)</source>
        <translation>malformed: le PDF est tronqué (aucun marqueur de fin de fichier)</translation>
    </message>
    <message>
        <source>malformed: PDF has an unexpected token at byte {pos}</source>
        <translation>malformed: le PDF contient un élément inattendu à l’octet {pos}</translation>
    </message>
    <message>
        <source>malformed: PDF value {kind} cannot be written</source>
        <translation>malformed: la valeur PDF {kind} ne peut pas être écrite</translation>
    </message>
    <message>
        <source>malformed: PDF {what} is not where the cross-reference table says</source>
        <translation>malformed: {what} du PDF n’est pas à l’endroit indiqué par la table de références croisées</translation>
    </message>
    <message>
        <source>Activity &apos;{activity_id}&apos; is a {value}, not a {value2}.</source>
        <translation>L’activité «&#xa0;{activity_id}&#xa0;» est de type {value}, et non {value2}.</translation>
    </message>
    <message>
        <source>Attending a session does not complete activity &apos;{activity_id}&apos;.</source>
        <translation>Assister à une séance ne termine pas l’activité «&#xa0;{activity_id}&#xa0;».</translation>
    </message>
    <message>
        <source>The video&apos;s duration is unknown; nothing was recorded.</source>
        <translation>La durée de la vidéo est inconnue&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Activity &apos;{activity_id}&apos; is a {value}, not a quiz.</source>
        <translation>L’activité «&#xa0;{activity_id}&#xa0;» est de type {value}, et non un quiz.</translation>
    </message>
    <message>
        <source>An answer must be text, true/false, a list of texts or a mapping of texts: {response!r}</source>
        <translation>Une réponse doit être un texte, vrai/faux, une liste de textes ou une correspondance de textes&#xa0;: {response!r}</translation>
    </message>
    <message>
        <source>This attempt was already submitted: its answers can no longer change.</source>
        <translation>Cette tentative a déjà été soumise&#xa0;: ses réponses ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>This attempt is still open: submit it before reviewing it.</source>
        <translation>Cette tentative est encore ouverte&#xa0;: soumettez-la avant de la revoir.</translation>
    </message>
    <message>
        <source>The question bank {file} cannot be used: {first}</source>
        <translation>La banque de questions {file} ne peut pas être utilisée&#xa0;: {first}</translation>
    </message>
    <message>
        <source>You have used all {count} attempts allowed for this quiz.</source>
        <translation>Vous avez utilisé les {count} tentatives autorisées pour ce quiz.</translation>
    </message>
    <message>
        <source>Question bank {rel} has {count} problem(s)</source>
        <translation>La banque de questions {rel} présente {count} problème(s)</translation>
    </message>
    <message>
        <source>The question bank {file} cannot be read: {strerror}.</source>
        <translation>La banque de questions {file} ne peut pas être lue&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>Question &apos;{question_id}&apos; is not part of this attempt.</source>
        <translation>La question «&#xa0;{question_id}&#xa0;» ne fait pas partie de cette tentative.</translation>
    </message>
    <message>
        <source>No quiz attempt with id {attempt_id}.</source>
        <translation>Aucune tentative de quiz avec l’identifiant {attempt_id}.</translation>
    </message>
    <message>
        <source>You can try this quiz again from {at:%Y-%m-%d %H:%M} UTC.</source>
        <translation>Vous pourrez refaire ce quiz à partir du {at:%Y-%m-%d %H:%M} UTC.</translation>
    </message>
    <message>
        <source>No bundle import with id {import_id}.</source>
        <translation>Aucune importation de lot avec l’identifiant {import_id}.</translation>
    </message>
    <message>
        <source>That conflict does not exist or was resolved already.</source>
        <translation>Ce conflit n’existe pas ou a déjà été résolu.</translation>
    </message>
    <message>
        <source>&apos;{fingerprint}&apos; is not a key fingerprint.</source>
        <translation>«&#xa0;{fingerprint}&#xa0;» n’est pas une empreinte de clé.</translation>
    </message>
    <message>
        <source>Nothing is kept aside for key {wanted}.</source>
        <translation>Rien n’est mis de côté pour la clé {wanted}.</translation>
    </message>
    <message>
        <source>Rejected: certificate {row} in the bundle does not verify ({error}).</source>
        <translation>Refusé&#xa0;: le certificat {row} du lot ne peut pas être vérifié ({error}).</translation>
    </message>
    <message>
        <source>Rejected: certificate {row} carries a credential with another id.</source>
        <translation>Refusé&#xa0;: le certificat {row} contient une attestation ayant un autre identifiant.</translation>
    </message>
    <message>
        <source>Rejected: {reason} Nothing from {name} was imported.</source>
        <translation>Refusé&#xa0;: {reason} Rien n’a été importé depuis {name}.</translation>
    </message>
    <message>
        <source>Rejected: {name} is a receipt for bundle {bundle_id}…, which was not exported from this installation.</source>
        <translation>Refusé&#xa0;: {name} est un accusé de réception pour le lot {bundle_id}…, qui n’a pas été exporté depuis cette installation.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD) or an ISO date and time.</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas une date (AAAA-MM-JJ) ni une date et heure ISO.</translation>
    </message>
    <message>
        <source>Writing PDF reports is not available here.</source>
        <translation>La création de rapports PDF n’est pas disponible ici.</translation>
    </message>
    <message>
        <source>The readiness report could not be written to {path}: {detail}</source>
        <translation>Le rapport de préparation n’a pas pu être écrit dans {path}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>Unknown report format &apos;{format}&apos;. Use one of: {items}.</source>
        <translation>Format de rapport inconnu «&#xa0;{format}&#xa0;». Utilisez l’un des formats suivants&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>Unknown report view &apos;{view}&apos;. Use one of: {items}.</source>
        <translation>Vue de rapport inconnue «&#xa0;{view}&#xa0;». Utilisez l’une des vues suivantes&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>The speaker notes {file} must hold &apos;notes&apos;, a list of strings.</source>
        <translation>Les notes de l’orateur {file} doivent contenir «&#xa0;notes&#xa0;», une liste de textes.</translation>
    </message>
    <message>
        <source>The speaker notes {file} cannot be read: it is not a readable TOML file.</source>
        <translation>Les notes de l’orateur {file} ne peuvent pas être lues&#xa0;: ce n’est pas un fichier TOML lisible.</translation>
    </message>
    <message>
        <source>The speaker notes {file} cannot be read: {problem}.</source>
        <translation>Les notes de l’orateur {file} ne peuvent pas être lues&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a slide deck.</source>
        <translation>«&#xa0;{title}&#xa0;» n’est pas une présentation.</translation>
    </message>
    <message>
        <source>The slide deck {file} cannot be opened: {problem}.</source>
        <translation>La présentation {file} ne peut pas être ouverte&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>the certificate carries no status entry (issued before status lists)</source>
        <translation>le certificat ne contient aucune entrée de statut (délivré avant les listes de statuts)</translation>
    </message>
    <message>
        <source>malformed: not a BitstringStatusListCredential</source>
        <translation>malformed: ce n’est pas une BitstringStatusListCredential</translation>
    </message>
    <message>
        <source>malformed: credentialStatus is not a BitstringStatusListEntry</source>
        <translation>malformed: credentialStatus n’est pas une BitstringStatusListEntry</translation>
    </message>
    <message>
        <source>malformed: credentialStatus needs a revocation purpose, a list and an index</source>
        <translation>malformed: credentialStatus nécessite une finalité de révocation, une liste et un index</translation>
    </message>
    <message>
        <source>malformed: encodedList is not a GZIP bitstring</source>
        <translation>malformed: encodedList n’est pas une chaîne de bits GZIP</translation>
    </message>
    <message>
        <source>malformed: encodedList is not multibase base64url</source>
        <translation>malformed: encodedList n’est pas en base64url multibase</translation>
    </message>
    <message>
        <source>malformed: the status list has no BitstringStatusList subject</source>
        <translation>malformed: la liste de statuts n’a pas de sujet BitstringStatusList</translation>
    </message>
    <message>
        <source>malformed: the status list names no issuer or id</source>
        <translation>malformed: la liste de statuts n’indique ni émetteur ni identifiant</translation>
    </message>
    <message>
        <source>malformed: the status list is not for revocation</source>
        <translation>malformed: la liste de statuts ne concerne pas la révocation</translation>
    </message>
    <message>
        <source>malformed: the status list is shorter than 131,072 entries</source>
        <translation>malformed: la liste de statuts compte moins de 131 072 entrées</translation>
    </message>
    <message>
        <source>malformed: the status list is too large</source>
        <translation>malformed: la liste de statuts est trop volumineuse</translation>
    </message>
    <message>
        <source>malformed: statusListIndex is not a base-10 index within the list</source>
        <translation>malformed: statusListIndex n’est pas un index en base 10 compris dans la liste</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({strerror}).</source>
        <translation>{path}&#xa0;: lecture impossible ({strerror}).</translation>
    </message>
    <message>
        <source>status index {index} is outside the list</source>
        <translation>l’index de statut {index} est en dehors de la liste</translation>
    </message>
    <message>
        <source>status list: {reason}</source>
        <translation>liste de statuts&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The status list address must be an https:// URL without spaces or &apos;#&apos;.</source>
        <translation>L’adresse de la liste de statuts doit être une URL https:// sans espaces ni «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <source>the status list is full</source>
        <translation>la liste de statuts est pleine</translation>
    </message>
    <message>
        <source>the status list is not the one this certificate points to</source>
        <translation>la liste de statuts n’est pas celle vers laquelle pointe ce certificat</translation>
    </message>
    <message>
        <source>the status list is not signed by the certificate&apos;s issuer</source>
        <translation>la liste de statuts n’est pas signée par l’émetteur du certificat</translation>
    </message>
    <message>
        <source>{path}: too large for a status list.</source>
        <translation>{path}&#xa0;: trop volumineux pour une liste de statuts.</translation>
    </message>
    <message>
        <source>The backup could not be copied: {error}</source>
        <translation>La sauvegarde n’a pas pu être copiée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The backup could not be written: {error}</source>
        <translation>La sauvegarde n’a pas pu être écrite&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged (it fails the quick check): it was not restored.</source>
        <translation>La sauvegarde {backup} est endommagée (elle échoue à la vérification rapide)&#xa0;: elle n’a pas été restaurée.</translation>
    </message>
    <message>
        <source>No backup file {chosen}.</source>
        <translation>Aucun fichier de sauvegarde {chosen}.</translation>
    </message>
    <message>
        <source>Backups are made of the SQLite database; use your server&apos;s tools for this one.</source>
        <translation>Les sauvegardes concernent la base de données SQLite&#xa0;; pour celle-ci, utilisez les outils de votre serveur.</translation>
    </message>
    <message>
        <source>CPIMS+ Trainer is already open on this data folder ({parent}). Switch to that window, or close it first.</source>
        <translation>CPIMS+ Trainer est déjà ouvert sur ce dossier de données ({parent}). Passez à cette fenêtre ou fermez-la d’abord.</translation>
    </message>
    <message>
        <source>The database {path} is damaged: {error}.</source>
        <translation>La base de données {path} est endommagée&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The database could not be upgraded; nothing was changed: {error}</source>
        <translation>La base de données n’a pas pu être mise à niveau&#xa0;; rien n’a été modifié&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes).</source>
        <translation>La base de données {path} est vide (0 octet).</translation>
    </message>
    <message>
        <source>The database {path} fails the integrity check: {detail}</source>
        <translation>La base de données {path} échoue à la vérification d’intégrité&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>No database migrations are installed.</source>
        <translation>Aucune migration de base de données n’est installée.</translation>
    </message>
    <message>
        <source>The database {path} is not a SQLite database.</source>
        <translation>La base de données {path} n’est pas une base de données SQLite.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL such as postgresql+psycopg://user@host/db.</source>
        <translation>«&#xa0;{url}&#xa0;» n’est pas une URL de base de données telle que postgresql+psycopg://user@host/db.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein&#xa0;: rien n’a été enregistré. Libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <source>No good backup found in {backups}.</source>
        <translation>Aucune sauvegarde valide trouvée dans {backups}.</translation>
    </message>
    <message>
        <source>The database could not complete the operation: {detail}</source>
        <translation>La base de données n’a pas pu terminer l’opération&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved.</source>
        <translation>Le dossier de données est en lecture seule&#xa0;: rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The newest backup is {backup}; restore it with `cpims-trainer db restore`.</source>
        <translation>La sauvegarde la plus récente est {backup}&#xa0;; restaurez-la avec `cpims-trainer db restore`.</translation>
    </message>
    <message>
        <source>The database server cannot be reached (connection refused or lost): nothing was saved. Check that it is running and the network is up, then try again. ({detail})</source>
        <translation>Le serveur de base de données est injoignable (connexion refusée ou perdue)&#xa0;: rien n’a été enregistré. Vérifiez qu’il fonctionne et que le réseau est disponible, puis réessayez. ({detail})</translation>
    </message>
    <message>
        <source>Cannot use the database URL: {error}</source>
        <translation>Impossible d’utiliser l’URL de la base de données&#xa0;: {error}</translation>
    </message>
    <message>
        <source>malformed: not a certificate token</source>
        <translation>malformed: ce n’est pas un jeton de certificat</translation>
    </message>
    <message>
        <source>malformed: token claims are not canonical JSON</source>
        <translation>malformed: les revendications du jeton ne sont pas du JSON canonique</translation>
    </message>
    <message>
        <source>malformed: token claims are not the expected set</source>
        <translation>malformed: les revendications du jeton ne sont pas l’ensemble attendu</translation>
    </message>
    <message>
        <source>malformed: token claims have the wrong types</source>
        <translation>malformed: les revendications du jeton ont des types incorrects</translation>
    </message>
    <message>
        <source>malformed: token date is not YYYY-MM-DD</source>
        <translation>malformed: la date du jeton n’est pas au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>malformed: a token has the form {token_prefix}.&lt;claims&gt;.&lt;signature&gt;</source>
        <translation>malformed: un jeton a la forme {token_prefix}.&lt;claims&gt;.&lt;signature&gt;</translation>
    </message>
    <message>
        <source>malformed: token issuer is not the signing key</source>
        <translation>malformed: l’émetteur du jeton n’est pas la clé de signature</translation>
    </message>
    <message>
        <source>malformed: token signature is not 64 bytes</source>
        <translation>malformed: la signature du jeton ne fait pas 64 octets</translation>
    </message>
    <message>
        <source>The passphrase needs at least {min_passphrase_chars} characters.</source>
        <translation>La phrase secrète doit comporter au moins {min_passphrase_chars} caractères.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Cette phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>No trainer passphrase is set yet: set one first.</source>
        <translation>Aucune phrase secrète de formateur n’est encore définie&#xa0;: définissez-en une d’abord.</translation>
    </message>
    <message>
        <source>Unlock trainer mode first.</source>
        <translation>Déverrouillez d’abord le mode formateur.</translation>
    </message>
    <message>
        <source>Give the issuer a label (for example the training centre&apos;s name).</source>
        <translation>Donnez un libellé à l’émetteur (par exemple le nom du centre de formation).</translation>
    </message>
    <message>
        <source>This installation&apos;s own key is always trusted.</source>
        <translation>La clé propre à cette installation est toujours approuvée.</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key cannot be created in {keys}: {strerror}.</source>
        <translation>La clé de signature de cette installation ne peut pas être créée dans {keys}&#xa0;: {strerror}.</translation>
    </message>
    <message>
        <source>&apos;{fingerprint_or_did}&apos; is not a key fingerprint or a did:key.</source>
        <translation>«&#xa0;{fingerprint_or_did}&#xa0;» n’est ni une empreinte de clé ni un did:key.</translation>
    </message>
    <message>
        <source>No known issuer key matches &apos;{fingerprint_or_did}&apos;. Import one of its certificates first, or give the certificate file or the issuer&apos;s did:key.</source>
        <translation>Aucune clé d’émetteur connue ne correspond à «&#xa0;{fingerprint_or_did}&#xa0;». Importez d’abord l’un de ses certificats, ou indiquez le fichier du certificat ou le did:key de l’émetteur.</translation>
    </message>
    <message>
        <source>{name}: a box has an invalid size; the file is damaged.</source>
        <translation>{name}&#xa0;: une boîte a une taille non valide&#xa0;; le fichier est endommagé.</translation>
    </message>
    <message>
        <source>{name}: the duration is missing from the file.</source>
        <translation>{name}&#xa0;: la durée est absente du fichier.</translation>
    </message>
    <message>
        <source>{name}: the file is truncated.</source>
        <translation>{name}&#xa0;: le fichier est tronqué.</translation>
    </message>
    <message>
        <source>{name}: no &apos;moov&apos; box; the file is truncated or not an MP4.</source>
        <translation>{name}&#xa0;: aucune boîte «&#xa0;moov&#xa0;»&#xa0;; le fichier est tronqué ou n’est pas un MP4.</translation>
    </message>
    <message>
        <source>{name}: the &apos;moov&apos; box is implausibly large.</source>
        <translation>{name}&#xa0;: la boîte «&#xa0;moov&#xa0;» est anormalement grande.</translation>
    </message>
    <message>
        <source>{first}</source>
        <translation>{first}</translation>
    </message>
    <message>
        <source>{source}: not UTF-8 text (byte {start})</source>
        <translation>{source}&#xa0;: ce n’est pas du texte UTF-8 (octet {start})</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a video.</source>
        <translation>«&#xa0;{title}&#xa0;» n’est pas une vidéo.</translation>
    </message>
    <message>
        <source>The video file {file} is missing from the pack.</source>
        <translation>Le fichier vidéo {file} est absent du pack.</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>signature invalide</translation>
    </message>
    <message>
        <source>malformed: issuer key differs from the known key</source>
        <translation>malformed: la clé de l’émetteur diffère de la clé connue</translation>
    </message>
    <message>
        <source>the QR token does not match the attached credential</source>
        <translation>le jeton du code QR ne correspond pas à l’attestation jointe</translation>
    </message>
    <message>
        <source>QR token: {reason}</source>
        <translation>jeton QR&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>revoked on {date:%Y-%m-%d}</source>
        <translation>révoqué le {date:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>revoked on {date:%Y-%m-%d}: {reason}</source>
        <translation>révoqué le {date:%Y-%m-%d}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>revoked (the issuer&apos;s status list)</source>
        <translation>révoqué (liste de statuts de l’émetteur)</translation>
    </message>
    <message>
        <source>a QR token alone cannot be imported: import the certificate&apos;s PDF or JSON file</source>
        <translation>un jeton QR seul ne peut pas être importé&#xa0;: importez le fichier PDF ou JSON du certificat</translation>
    </message>
    <message>
        <source>a different certificate with the same id is already stored</source>
        <translation>un autre certificat portant le même identifiant est déjà enregistré</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({strerror})</source>
        <translation>{file}&#xa0;: lecture impossible ({strerror})</translation>
    </message>
    <message>
        <source>{source}:{line}: the file must start with &apos;WEBVTT&apos;</source>
        <translation>{source}:{line}&#xa0;: le fichier doit commencer par «&#xa0;WEBVTT&#xa0;»</translation>
    </message>
    <message>
        <source>{source}:{line}: expected a cue timing line like &apos;00:01.000 --&gt; 00:04.000&apos;</source>
        <translation>{source}:{line}&#xa0;: une ligne de minutage était attendue, par exemple «&#xa0;00:01.000 --&gt; 00:04.000&#xa0;»</translation>
    </message>
    <message>
        <source>{source}:{line}: malformed cue timing &apos;{timing}&apos;</source>
        <translation>{source}:{line}&#xa0;: minutage mal formé «&#xa0;{timing}&#xa0;»</translation>
    </message>
    <message>
        <source>{source}:{line}: the cue ends before it starts</source>
        <translation>{source}:{line}&#xa0;: le sous-titre se termine avant de commencer</translation>
    </message>
    <message>
        <source>{source}:{line}: a cue timing line inside a cue (missing blank line?)</source>
        <translation>{source}:{line}&#xa0;: une ligne de minutage à l’intérieur d’un sous-titre (ligne vide manquante&#xa0;?)</translation>
    </message>
    <message>
        <source>the bundle has records of learners or quiz attempts it does not hold.</source>
        <translation>le lot contient des enregistrements d’apprenants ou de tentatives de quiz qu’il ne contient pas.</translation>
    </message>
    <message>
        <source>The LRS cannot be reached: {detail}</source>
        <translation>Le LRS est injoignable&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <source>HTTP {status}: {words}</source>
        <translation>HTTP {status}&#xa0;: {words}</translation>
    </message>
    <message>
        <source>HTTP {status} (the LRS refused the credentials)</source>
        <translation>HTTP {status} (le LRS a refusé les identifiants)</translation>
    </message>
    <message>
        <source>HTTP {status} (the LRS refused the credentials): {words}</source>
        <translation>HTTP {status} (le LRS a refusé les identifiants)&#xa0;: {words}</translation>
    </message>
    <message>
        <source>HTTP {status} (the LRS forbids this account to write statements)</source>
        <translation>HTTP {status} (le LRS interdit à ce compte d’écrire des déclarations)</translation>
    </message>
    <message>
        <source>HTTP {status} (the LRS forbids this account to write statements): {words}</source>
        <translation>HTTP {status} (le LRS interdit à ce compte d’écrire des déclarations)&#xa0;: {words}</translation>
    </message>
    <message>
        <source>409 Conflict, then {reason}</source>
        <translation>409 Conflit, puis {reason}</translation>
    </message>
    <message>
        <source>409 Conflict, and the LRS&apos;s copy is not JSON</source>
        <translation>409 Conflit, et la copie du LRS n’est pas du JSON</translation>
    </message>
    <message>
        <source>already in the LRS</source>
        <translation>déjà dans le LRS</translation>
    </message>
    <message>
        <source>The LRS holds a different statement under this id.</source>
        <translation>Le LRS détient une autre déclaration sous cet identifiant.</translation>
    </message>
    <message>
        <source>malformed: duplicate key {key!r}</source>
        <translation>malformed: clé en double {key!r}</translation>
    </message>
    <message>
        <source>malformed: {name} is not allowed</source>
        <translation>malformed: {name} n’est pas autorisé</translation>
    </message>
    <message>
        <source>malformed: number too long</source>
        <translation>malformed: nombre trop long</translation>
    </message>
    <message>
        <source>malformed: number out of range</source>
        <translation>malformed: nombre hors limites</translation>
    </message>
    <message>
        <source>Open a walkthrough first.</source>
        <translation>Ouvrez d’abord un exercice guidé.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a walkthrough.</source>
        <translation>«&#xa0;{title}&#xa0;» n’est pas un exercice guidé.</translation>
    </message>
    <message>
        <source>The walkthrough file {file} cannot be read: {problem}.</source>
        <translation>Le fichier de l’exercice guidé {file} ne peut pas être lu&#xa0;: {problem}.</translation>
    </message>
    <message>
        <source>Walkthrough {rel} has {count} problem(s)</source>
        <translation>L’exercice guidé {rel} présente {count} problème(s)</translation>
    </message>
    <message>
        <source>The walkthrough {path} has no step &apos;{step_id}&apos;.</source>
        <translation>L’exercice guidé {path} n’a pas d’étape «&#xa0;{step_id}&#xa0;».</translation>
    </message>
    <message>
        <source>The walkthrough {rel} cannot be used: {first}</source>
        <translation>L’exercice guidé {rel} ne peut pas être utilisé&#xa0;: {first}</translation>
    </message>
    <message>
        <source>Cannot extract {name}: {strerror}</source>
        <translation>Impossible d’extraire {name}&#xa0;: {strerror}</translation>
    </message>
    <message>
        <source>Cannot extract into {dest}: the folder is not empty.</source>
        <translation>Impossible d’extraire dans {dest}&#xa0;: le dossier n’est pas vide.</translation>
    </message>
    <message>
        <source>{name} is not a valid zip file or is damaged ({error}).</source>
        <translation>{name} n’est pas un fichier zip valide ou est endommagé ({error}).</translation>
    </message>
    <message>
        <source>This zip does not hold a content pack: content/pack.toml is neither at its top level nor in its single top folder.</source>
        <translation>Ce zip ne contient pas de pack de contenu&#xa0;: content/pack.toml ne se trouve ni à sa racine ni dans son unique dossier de premier niveau.</translation>
    </message>
    <message>
        <source>The zip has {count:,} entries; the limit is {max_entries:,}.</source>
        <translation>Le zip contient {count:,} entrées&#xa0;; la limite est de {max_entries:,}.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} has an absolute path; pack zips hold relative paths only.</source>
        <translation>L’entrée zip {raw!r} a un chemin absolu&#xa0;; les zips de pack ne contiennent que des chemins relatifs.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} contains &apos;..&apos; and would be written outside the pack.</source>
        <translation>L’entrée zip {raw!r} contient «&#xa0;..&#xa0;» et serait écrite hors du pack.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} has an empty name.</source>
        <translation>L’entrée zip {raw!r} a un nom vide.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} is encrypted; pack zips cannot be encrypted.</source>
        <translation>L’entrée zip {raw!r} est chiffrée&#xa0;; les zips de pack ne peuvent pas être chiffrés.</translation>
    </message>
    <message>
        <source>The zip entry {filename!r} expands {ratio:,.0f} times ({size} to {size2}); the limit is {max_ratio:,.0f} times. It looks like a zip bomb.</source>
        <translation>L’entrée zip {filename!r} se décompresse {ratio:,.0f} fois ({size} à {size2})&#xa0;; la limite est de {max_ratio:,.0f} fois. Cela ressemble à une bombe zip.</translation>
    </message>
    <message>
        <source>The zip entry {filename!r} is larger than its header says.</source>
        <translation>L’entrée zip {filename!r} est plus grande que ne l’indique son en-tête.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} has a NUL character in its name.</source>
        <translation>L’entrée zip {raw!r} contient un caractère NUL dans son nom.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} is not a regular file or folder.</source>
        <translation>L’entrée zip {raw!r} n’est ni un fichier ordinaire ni un dossier.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} is a symbolic link; pack zips may not contain links.</source>
        <translation>L’entrée zip {raw!r} est un lien symbolique&#xa0;; les zips de pack ne peuvent pas contenir de liens.</translation>
    </message>
    <message>
        <source>The zip entry {filename!r} would expand to {size}; the limit for one file is {size2}.</source>
        <translation>L’entrée zip {filename!r} se décompresserait en {size}&#xa0;; la limite pour un fichier est de {size2}.</translation>
    </message>
    <message>
        <source>The zip expands {ratio:,.0f} times in total ({size} to {size2}); the limit is {max_ratio:,.0f} times. It looks like a zip bomb.</source>
        <translation>Le zip se décompresse {ratio:,.0f} fois au total ({size} à {size2})&#xa0;; la limite est de {max_ratio:,.0f} fois. Cela ressemble à une bombe zip.</translation>
    </message>
    <message>
        <source>The zip holds {name!r} twice (names that differ only in case clash).</source>
        <translation>Le zip contient {name!r} deux fois (des noms qui ne diffèrent que par la casse entrent en conflit).</translation>
    </message>
    <message>
        <source>The zip would expand to {size}; the limit is {size2}.</source>
        <translation>Le zip se décompresserait en {size}&#xa0;; la limite est de {size2}.</translation>
    </message>
    <message>
        <source>attendee&apos;s name</source>
        <translation>nom du participant</translation>
    </message>
    <message>
        <source>a certificate PDF</source>
        <translation>un PDF de certificat</translation>
    </message>
    <message>
        <source>account home page</source>
        <translation>page d’accueil du compte</translation>
    </message>
    <message>
        <source>the item analysis PDF</source>
        <translation>le PDF d’analyse des questions</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>mark a step not applicable</source>
        <translation>marquer une étape comme non applicable</translation>
    </message>
    <message>
        <source>sign off a step</source>
        <translation>valider une étape</translation>
    </message>
    <message>
        <source>tick evidence</source>
        <translation>cocher un justificatif</translation>
    </message>
    <message>
        <source>LRS endpoint</source>
        <translation>Point de terminaison LRS</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>observer&apos;s name</source>
        <translation>nom de l’observateur</translation>
    </message>
    <message>
        <source>organisation&apos;s name</source>
        <translation>nom de l’organisation</translation>
    </message>
    <message>
        <source>a PDF report</source>
        <translation>un rapport PDF</translation>
    </message>
    <message>
        <source>the readiness report</source>
        <translation>le rapport de préparation</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>recorded value</source>
        <translation>valeur enregistrée</translation>
    </message>
    <message>
        <source>session&apos;s title</source>
        <translation>titre de la séance</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>signataire</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>nom du formateur</translation>
    </message>
    <message>
        <source>{root}: {count} problem(s)</source>
        <translation>{root}&#xa0;: {count} problème(s)</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>activity {id}</source>
        <translation>activité {id}</translation>
    </message>
    <message>
        <source>book {id}</source>
        <translation>livre {id}</translation>
    </message>
    <message>
        <source>certificate {id}</source>
        <translation>certificat {id}</translation>
    </message>
    <message>
        <source>certificate translation {id}</source>
        <translation>traduction du certificat {id}</translation>
    </message>
    <message>
        <source>gate {id}</source>
        <translation>jalon {id}</translation>
    </message>
    <message>
        <source>gate {parent} requirement {id}</source>
        <translation>jalon {parent}, exigence {id}</translation>
    </message>
    <message>
        <source>gates file</source>
        <translation>fichier des jalons</translation>
    </message>
    <message>
        <source>image {id}</source>
        <translation>image {id}</translation>
    </message>
    <message>
        <source>link {id}</source>
        <translation>lien {id}</translation>
    </message>
    <message>
        <source>module {id}</source>
        <translation>module {id}</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>pack</translation>
    </message>
    <message>
        <source>practical check {id}</source>
        <translation>évaluation pratique {id}</translation>
    </message>
    <message>
        <source>question {id}</source>
        <translation>question {id}</translation>
    </message>
    <message>
        <source>question bank</source>
        <translation>banque de questions</translation>
    </message>
    <message>
        <source>question {id} part</source>
        <translation>partie de la question {id}</translation>
    </message>
    <message>
        <source>question reference</source>
        <translation>référence de question</translation>
    </message>
    <message>
        <source>requirement {id}</source>
        <translation>exigence {id}</translation>
    </message>
    <message>
        <source>gate {parent} requirement {id} measure</source>
        <translation>mesure de l’exigence {id} du jalon {parent}</translation>
    </message>
    <message>
        <source>role {id}</source>
        <translation>rôle {id}</translation>
    </message>
    <message>
        <source>slide notes</source>
        <translation>notes des diapositives</translation>
    </message>
    <message>
        <source>step {id}</source>
        <translation>étape {id}</translation>
    </message>
    <message>
        <source>track {id}</source>
        <translation>parcours {id}</translation>
    </message>
    <message>
        <source>track certificate</source>
        <translation>certificat du parcours</translation>
    </message>
    <message>
        <source>track file</source>
        <translation>fichier de parcours</translation>
    </message>
    <message>
        <source>walkthrough</source>
        <translation>exercice guidé</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>{n} %</source>
        <translation>{n}&#xa0;%</translation>
    </message>
    <message>
        <source>B</source>
        <translation>o</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>Kio</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>Gio</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>Tio</translation>
    </message>
    <message>
        <source>PiB</source>
        <translation>Pio</translation>
    </message>
    <message>
        <source>EiB</source>
        <translation>Eio</translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositives</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Walkthrough</source>
        <translation>Exercice guidé</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <source>CPIMS+ Trainer</source>
        <translation>CPIMS+ Trainer</translation>
    </message>
</context>
<context>
    <name>loading</name>
    <message>
        <source>CPIMS+ Trainer cannot start</source>
        <translation>CPIMS+ Trainer ne peut pas démarrer</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {error}</source>
        <translation>Une erreur inattendue s’est produite&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The training database is damaged</source>
        <translation>La base de données de formation est endommagée</translation>
    </message>
    <message>
        <source>The damaged file will be moved aside to {folder}, never deleted.</source>
        <translation>Le fichier endommagé sera mis de côté dans {folder}, jamais supprimé.</translation>
    </message>
    <message>
        <source>The newest backup is {name}.</source>
        <translation>La sauvegarde la plus récente est {name}.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Démarrer avec une base de données vide</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>locks</name>
    <message>
        <source>Locked — finish {modules} first</source>
        <translation>Verrouillé — terminez d’abord {modules}</translation>
    </message>
    <message>
        <source>Trainer preview: learners see this only after finishing {modules}.</source>
        <translation>Aperçu formateur&#xa0;: les apprenants ne voient ceci qu’après avoir terminé {modules}.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>checking the signature</source>
        <translation>vérification de la signature</translation>
    </message>
    <message>
        <source>adding the records</source>
        <translation>ajout des enregistrements</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>gathering the records</source>
        <translation>collecte des enregistrements</translation>
    </message>
    <message>
        <source>writing the file</source>
        <translation>écriture du fichier</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>apprenants</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progression</translation>
    </message>
    <message>
        <source>session log</source>
        <translation>journal des séances</translation>
    </message>
    <message>
        <source>quiz attempts</source>
        <translation>tentatives de quiz</translation>
    </message>
    <message>
        <source>quiz answers</source>
        <translation>réponses aux quiz</translation>
    </message>
    <message>
        <source>walkthrough ticks</source>
        <translation>étapes cochées des guides pas à pas</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificats</translation>
    </message>
    <message>
        <source>training sessions</source>
        <translation>séances de formation</translation>
    </message>
    <message>
        <source>session attendance</source>
        <translation>présences aux séances</translation>
    </message>
    <message>
        <source>practical checks</source>
        <translation>évaluations pratiques</translation>
    </message>
</context>
<context>
    <name>rollout</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Ready to sign off</source>
        <translation>Prête à valider</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <source>“{gate}” was signed off by {name} on {date}.</source>
        <translation>L’étape «&#xa0;{gate}&#xa0;» a été validée par {name} le {date}.</translation>
    </message>
    <message>
        <source>“{gate}” was marked not applicable by {name} on {date}: {reason}</source>
        <translation>L’étape «&#xa0;{gate}&#xa0;» a été marquée comme non applicable par {name} le {date}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>“{gate}” is not signed off yet.</source>
        <translation>L’étape «&#xa0;{gate}&#xa0;» n’est pas encore validée.</translation>
    </message>
    <message>
        <source>Certified for “{track}”: {count} (need {need}).</source>
        <translation>Certifiés pour «&#xa0;{track}&#xa0;»&#xa0;: {count} (minimum requis&#xa0;: {need}).</translation>
    </message>
    <message>
        <source>{count} of {planned} planned {roles} certified (need {need}).</source>
        <translation>{roles}&#xa0;: {count} certifiés sur {planned} prévus (minimum requis&#xa0;: {need}).</translation>
    </message>
    <message>
        <source>{count} of {planned} planned {roles} certified at {agency} (need {need}).</source>
        <translation>{roles} chez {agency}&#xa0;: {count} certifiés sur {planned} prévus (minimum requis&#xa0;: {need}).</translation>
    </message>
    <message>
        <source>{met} of {total} agencies with planned {roles} reach the share.</source>
        <translation>Agences ayant un nombre prévu de {roles} et atteignant la proportion requise&#xa0;: {met} sur {total}.</translation>
    </message>
    <message>
        <source>No planned number of {roles} is recorded, so the share cannot be checked yet.</source>
        <translation>Aucun nombre prévu n’est enregistré pour {roles}&#xa0;: la proportion ne peut pas encore être vérifiée.</translation>
    </message>
    <message>
        <source>No planned number of {roles} per agency is recorded, so the share cannot be checked yet.</source>
        <translation>Aucun nombre prévu par agence n’est enregistré pour {roles}&#xa0;: la proportion ne peut pas encore être vérifiée.</translation>
    </message>
    <message>
        <source>No learner has the role “{role}” yet.</source>
        <translation>Aucun apprenant n’a encore le rôle «&#xa0;{role}&#xa0;».</translation>
    </message>
    <message>
        <source>Still without the certificate: {names}.</source>
        <translation>Toujours sans le certificat&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Completed by {names}; first on {date}.</source>
        <translation>Terminé par {names}&#xa0;; pour la première fois le {date}.</translation>
    </message>
    <message>
        <source>Completed by {names}, who do not have the role “{role}”.</source>
        <translation>Terminé par {names}, qui n’ont pas le rôle «&#xa0;{role}&#xa0;».</translation>
    </message>
    <message>
        <source>No one with the role “{role}” has completed “{activity}” yet.</source>
        <translation>Personne ayant le rôle «&#xa0;{role}&#xa0;» n’a encore terminé «&#xa0;{activity}&#xa0;».</translation>
    </message>
    <message>
        <source>Ticked by {name} on {date}. Note: {note}</source>
        <translation>Coché par {name} le {date}. Note&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Ticked on {date} but without a note: add where the proof is kept.</source>
        <translation>Coché le {date}, mais sans note&#xa0;: indiquez où la preuve est conservée.</translation>
    </message>
    <message>
        <source>Not ticked yet: {text}</source>
        <translation>Pas encore coché&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Not measured yet: enter {label} as a number of a total (at least {need} %).</source>
        <translation>Pas encore mesuré&#xa0;: saisissez {label} sous forme de nombre sur un total (au moins {need}&#xa0;%).</translation>
    </message>
    <message>
        <source>{label}: {value} of {total}, at least {need} % ({share} %).</source>
        <translation>{label}&#xa0;: {value} sur {total}, au moins {need}&#xa0;% ({share}&#xa0;%).</translation>
    </message>
    <message>
        <source>{label}: {value} of {total} is {share} %, below the {need} % needed.</source>
        <translation>{label}&#xa0;: {value} sur {total} font {share}&#xa0;%, en dessous des {need}&#xa0;% requis.</translation>
    </message>
    <message>
        <source>… and {count} more (see the list of people).</source>
        <translation>… et {count} autres (voir la liste des personnes).</translation>
    </message>
    <message>
        <source>Certified ({count})</source>
        <translation>Certifiés ({count})</translation>
    </message>
    <message>
        <source>Certified at {agency} ({count})</source>
        <translation>Certifiés chez {agency} ({count})</translation>
    </message>
    <message>
        <source>{roles} without the certificate ({count})</source>
        <translation>{roles} sans le certificat ({count})</translation>
    </message>
    <message>
        <source>{roles} at {agency} without the certificate ({count})</source>
        <translation>{roles} chez {agency} sans le certificat ({count})</translation>
    </message>
    <message>
        <source>Completed, with the role ({count})</source>
        <translation>Terminé, avec le rôle ({count})</translation>
    </message>
    <message>
        <source>Completed, without the role ({count})</source>
        <translation>Terminé, sans le rôle ({count})</translation>
    </message>
    <message>
        <source>With the role, not completed yet ({count})</source>
        <translation>Avec le rôle, pas encore terminé ({count})</translation>
    </message>
    <message>
        <source>Sign in as a learner first.</source>
        <translation>Connectez-vous d’abord en tant qu’apprenant.</translation>
    </message>
    <message>
        <source>Your profile is archived.</source>
        <translation>Votre profil est archivé.</translation>
    </message>
    <message>
        <source>Only a learner with the coordinator role can do this.</source>
        <translation>Seul un apprenant ayant le rôle de coordinateur peut effectuer cette action.</translation>
    </message>
    <message>
        <source>This step is already signed off.</source>
        <translation>Cette étape est déjà validée.</translation>
    </message>
    <message>
        <source>This step is marked not applicable.</source>
        <translation>Cette étape est marquée comme non applicable.</translation>
    </message>
    <message>
        <source>Every rollout needs this step: it cannot be marked not applicable.</source>
        <translation>Tout déploiement nécessite cette étape&#xa0;: elle ne peut pas être marquée comme non applicable.</translation>
    </message>
    <message>
        <source>The step before this one is not closed yet.</source>
        <translation>L’étape précédente n’est pas encore clôturée.</translation>
    </message>
    <message>
        <source>Not every requirement is met yet: see the requirements marked ✗ above.</source>
        <translation>Toutes les conditions ne sont pas encore remplies&#xa0;: voir les conditions marquées ✗ ci-dessus.</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Open activity</source>
        <translation>Activité en cours</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
</context>
</TS>
