<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivityView</name>
    <message>
        <source>Choose an activity on the Home page or in the Library.</source>
        <translation>Elija una actividad en la página de inicio o en la biblioteca.</translation>
    </message>
    <message>
        <source>This {kind} opens here in the next release: {file}</source>
        <translation>Este tipo de actividad ({kind}) se abrirá aquí en la próxima versión: {file}</translation>
    </message>
</context>
<context>
    <name>BrandingSettings</name>
    <message>
        <source>Certificates issued here</source>
        <translation>Certificados emitidos aquí</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Name, title (for example the CPIMS+ coordinator)</source>
        <translation>Nombre, cargo (por ejemplo, el coordinador de CPIMS+)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Elegir el logotipo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Quitar el logotipo</translation>
    </message>
    <message>
        <source>The signing key cannot be read.</source>
        <translation>No se puede leer la clave de firma.</translation>
    </message>
    <message>
        <source>This installation&apos;s key fingerprint</source>
        <translation>Huella de la clave de esta instalación</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Firmante:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>Huella de la clave:</translation>
    </message>
    <message>
        <source>Saved: certificates issued from now on name this organisation and signatory.</source>
        <translation>Guardado: los certificados que se emitan a partir de ahora nombran esta organización y este firmante.</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s logo</source>
        <translation>Elegir el logotipo de la organización</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>Imagen de %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Certificates of the learners shown by the filters. Choose rows to work on some learners only; with none chosen, the buttons work on everyone listed.</source>
        <translation>Certificados de los participantes que muestran los filtros. Seleccione filas para trabajar solo con algunos participantes; si no selecciona ninguna, los botones actúan sobre todos los de la lista.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation>Clave del emisor</translation>
    </message>
    <message>
        <source>Save as zip…</source>
        <translation>Guardar como zip…</translation>
    </message>
    <message>
        <source>Save to a folder…</source>
        <translation>Guardar en una carpeta…</translation>
    </message>
    <message>
        <source>Import certificate files…</source>
        <translation>Importar archivos de certificado…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Revocado: {reason}</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>Sustituido por uno más reciente</translation>
    </message>
    <message>
        <source>Issuer not trusted</source>
        <translation>Emisor no reconocido</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>Mis certificados</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No certificate yet: complete every activity of your track to earn one.</source>
        <translation>Aún no tiene certificados: complete todas las actividades de su itinerario para obtener uno.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Abrir PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>Check and import certificates</source>
        <translation>Verificar e importar certificados</translation>
    </message>
    <message>
        <source>New certificate issued: {titles}</source>
        <translation>Nuevo certificado emitido: {titles}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>Revocado: {reason}</translation>
    </message>
    <message>
        <source>Replaced by a newer certificate</source>
        <translation>Reemplazado por un certificado más reciente</translation>
    </message>
    <message>
        <source>Issuer not trusted here</source>
        <translation>Emisor no reconocido en esta instalación</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>No hay visor de PDF</translation>
    </message>
    <message>
        <source>This computer has no program that opens PDF files. Save the certificate as a file instead, to print it or open it on another computer?</source>
        <translation>Este equipo no tiene ningún programa que abra archivos PDF. ¿Guardar el certificado como archivo para imprimirlo o abrirlo en otro equipo?</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Signed credential (*.json)</source>
        <translation>Credencial firmada (*.json)</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Guardar certificado</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado: {path}</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Quiz pass rates</source>
        <translation>Tasas de aprobación de los cuestionarios</translation>
    </message>
    <message>
        <source>Quiz pass rates (lowest {n})</source>
        <translation>Tasas de aprobación de los cuestionarios (las {n} más bajas)</translation>
    </message>
    <message>
        <source>Learners who passed</source>
        <translation>Participantes que aprobaron</translation>
    </message>
    <message>
        <source>Most missed questions</source>
        <translation>Preguntas con más errores</translation>
    </message>
    <message>
        <source>Most missed questions: no wrong answers yet</source>
        <translation>Preguntas con más errores: aún no hay respuestas incorrectas</translation>
    </message>
    <message>
        <source>Answered wrong</source>
        <translation>Respondieron mal</translation>
    </message>
    <message>
        <source>Completion per role</source>
        <translation>Finalización por rol</translation>
    </message>
    <message>
        <source>Completion per agency</source>
        <translation>Finalización por agencia</translation>
    </message>
    <message>
        <source>Completion per role over time</source>
        <translation>Finalización por rol a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Completion per agency over time</source>
        <translation>Finalización por agencia a lo largo del tiempo</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Record a practical check</source>
        <translation>Registrar una evaluación práctica</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Practical check</source>
        <translation>Evaluación práctica</translation>
    </message>
    <message>
        <source>&amp;Passed: the task was done correctly</source>
        <translation>&amp;Aprobada: la tarea se realizó correctamente</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Observed by</source>
        <translation>Observada por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>What the learner did (no real case data)</source>
        <translation>Lo que hizo el participante (sin datos de casos reales)</translation>
    </message>
    <message>
        <source>This pack defines no practical checks.</source>
        <translation>Este paquete no define ninguna evaluación práctica.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>Registrar la evaluación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>&amp;Participante:</translation>
    </message>
    <message>
        <source>&amp;Check:</source>
        <translation>&amp;Evaluación:</translation>
    </message>
    <message>
        <source>&amp;Observed by:</source>
        <translation>&amp;Observada por:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Choose a learner and a practical check.</source>
        <translation>Elija un participante y una evaluación práctica.</translation>
    </message>
    <message>
        <source>Say who observed the check.</source>
        <translation>Indique quién observó la evaluación.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check your answers</source>
        <translation>Revise sus respuestas</translation>
    </message>
    <message>
        <source>Answer summary</source>
        <translation>Resumen de respuestas</translation>
    </message>
    <message>
        <source>Not answered or not finished (press Enter to go to one):</source>
        <translation>Sin responder o sin terminar (pulse Enter para ir a una):</translation>
    </message>
    <message>
        <source>Questions not answered yet</source>
        <translation>Preguntas aún sin responder</translation>
    </message>
    <message>
        <source>&amp;Back to the questions</source>
        <translation>&amp;Volver a las preguntas</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>Volver a las preguntas</translation>
    </message>
    <message>
        <source>S&amp;ubmit answers</source>
        <translation>&amp;Enviar respuestas</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Enviar respuestas</translation>
    </message>
    <message>
        <source>You answered {answered} of {total} questions.</source>
        <translation>Ha respondido {answered} de {total} preguntas.</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>Seleccione todas las opciones que correspondan.</translation>
    </message>
</context>
<context>
    <name>ClosePanel</name>
    <message>
        <source>Close this step</source>
        <translation>Cerrar este paso</translation>
    </message>
    <message>
        <source>Note for the sign-off (optional)</source>
        <translation>Nota de aprobación (opcional)</translation>
    </message>
    <message>
        <source>Sign-off note</source>
        <translation>Nota de aprobación</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Sign off this step</source>
        <translation>Aprobar este paso</translation>
    </message>
    <message>
        <source>Why this step does not apply (required)</source>
        <translation>Por qué este paso no corresponde (obligatorio)</translation>
    </message>
    <message>
        <source>Reason the step is not applicable</source>
        <translation>Motivo por el que el paso no corresponde</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>Marcar como no aplicable</translation>
    </message>
    <message>
        <source>Mark this step not applicable</source>
        <translation>Marcar este paso como no aplicable</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsBox</name>
    <message>
        <source>Shared database</source>
        <translation>Base de datos compartida</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de datos</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Save &amp;database setting</source>
        <translation>Guardar configuración de &amp;base de datos</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder. A change applies at the next start.</source>
        <translation>Vacío: el archivo SQLite de la carpeta de datos. Los cambios se aplican en el próximo inicio.</translation>
    </message>
    <message>
        <source>Database setting</source>
        <translation>Configuración de base de datos</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;URL de la base de datos:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Saved. Restart the application to use this database.</source>
        <translation>Guardado. Reinicie la aplicación para usar esta base de datos.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <source>Choose an evidence item in the list above to tick it.</source>
        <translation>Elija una evidencia en la lista de arriba para marcarla.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>Evidence item confirmed</source>
        <translation>Evidencia confirmada</translation>
    </message>
    <message>
        <source>Where is the proof kept? (required)</source>
        <translation>¿Dónde se guarda la prueba? (obligatorio)</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>Nota de la evidencia</translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation>Guardar evidencia</translation>
    </message>
    <message>
        <source>Save the evidence tick and note</source>
        <translation>Guardar la marca y la nota de la evidencia</translation>
    </message>
    <message>
        <source>Number counted</source>
        <translation>Número contado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>of</source>
        <translation>de</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>&amp;Contados:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Enter {label} as a number of a total: met at {need} % or more.</source>
        <translation>Introduzca {label} como un número sobre un total: se cumple con el {need} % o más.</translation>
    </message>
</context>
<context>
    <name>ExchangePanel</name>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>From key</source>
        <translation>Clave de origen</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Awaiting trust</source>
        <translation>Pendientes de confianza</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Aquí</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Keep the value here</source>
        <translation>Conservar el valor local</translation>
    </message>
    <message>
        <source>Use the imported value</source>
        <translation>Usar el valor importado</translation>
    </message>
    <message>
        <source>Trust this key…</source>
        <translation>Confiar en esta clave…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Write its receipt again…</source>
        <translation>Volver a escribir su acuse de recibo…</translation>
    </message>
    <message>
        <source>Imported bundles and receipts</source>
        <translation>Paquetes y acuses de recibo importados</translation>
    </message>
    <message>
        <source>Exported bundles</source>
        <translation>Paquetes exportados</translation>
    </message>
    <message>
        <source>Learner details that differ</source>
        <translation>Datos de participantes que difieren</translation>
    </message>
    <message>
        <source>Records kept until their key is trusted (not counted)</source>
        <translation>Registros retenidos hasta que se confíe en su clave (no contabilizados)</translation>
    </message>
    <message>
        <source>Receipt for bundle {id}</source>
        <translation>Acuse de recibo del paquete {id}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{when} at key {key}: {n} added</source>
        <translation>{when}, clave {key}: {n} añadidos</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Acuse de recibo</translation>
    </message>
    <message>
        <source>Choose an imported bundle first.</source>
        <translation>Elija primero un paquete importado.</translation>
    </message>
    <message>
        <source>Write the receipt again</source>
        <translation>Volver a escribir el acuse de recibo</translation>
    </message>
    <message>
        <source>Import receipt (*.json)</source>
        <translation>Acuse de recibo de importación (*.json)</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>Confiar en esta clave</translation>
    </message>
    <message>
        <source>Key {key}
Who is it? (for example the field laptop&apos;s site)</source>
        <translation>Clave {key}
¿De quién es? (por ejemplo, el sitio del portátil de campo)</translation>
    </message>
    <message>
        <source>Discard kept-aside records</source>
        <translation>Descartar los registros apartados</translation>
    </message>
    <message>
        <source>Drop every record kept aside for key {key}? They never counted here, and trusting the key later will not bring them back (import the file again then).</source>
        <translation>¿Descartar todos los registros apartados para la clave {key}? Nunca contaron aquí, y confiar en la clave más adelante no los recuperará (en ese caso, vuelva a importar el archivo).</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se realizó la acción</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Your role</source>
        <translation>Su rol</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progreso general</translation>
    </message>
    <message>
        <source>%p% of the track complete</source>
        <translation>%p% del itinerario completado</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue with the next activity</source>
        <translation>Continuar con la siguiente actividad</translation>
    </message>
    <message>
        <source>Modules and activities</source>
        <translation>Módulos y actividades</translation>
    </message>
    <message>
        <source>Module / activity</source>
        <translation>Módulo / actividad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Classroom sessions and practical checks</source>
        <translation>Sesiones presenciales y evaluaciones prácticas</translation>
    </message>
    <message>
        <source>No content pack is installed.</source>
        <translation>No hay ningún paquete de contenido instalado.</translation>
    </message>
    <message>
        <source>Your role: {role}</source>
        <translation>Su rol: {role}</translation>
    </message>
    <message>
        <source>There is no track for your role in the installed packs.</source>
        <translation>Los paquetes instalados no incluyen ningún itinerario para su rol.</translation>
    </message>
    <message>
        <source>Classroom sessions attended: {n}</source>
        <translation>Sesiones presenciales a las que asistió: {n}</translation>
    </message>
    <message>
        <source>Practical check still needed for your certificate: {title} (a trainer observes it on the demo site)</source>
        <translation>Evaluación práctica que aún necesita para su certificado: {title} (un formador la observa en el sitio de demostración)</translation>
    </message>
    <message>
        <source>Practical check passed: {title}, observed by {name} on {date}</source>
        <translation>Evaluación práctica aprobada: {title}, observada por {name} el {date}</translation>
    </message>
    <message>
        <source>You have completed every module of this track. Well done!</source>
        <translation>Ha completado todos los módulos de este itinerario. ¡Bien hecho!</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>Siguiente: {title}</translation>
    </message>
    <message>
        <source>Locked: complete {modules} first.</source>
        <translation>Bloqueado: complete primero {modules}.</translation>
    </message>
    <message>
        <source>Locked — needs {modules}</source>
        <translation>Bloqueado — requiere {modules}</translation>
    </message>
    <message>
        <source>{title} (optional)</source>
        <translation>{title} (opcional)</translation>
    </message>
    <message>
        <source>{n}%</source>
        <translation>{n} %</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisPanel</name>
    <message>
        <source>Item analysis</source>
        <translation>Análisis de preguntas</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>&amp;Quiz:</source>
        <translation>C&amp;uestionario:</translation>
    </message>
    <message>
        <source>Facility: the mean score on a question (0 to 1). Discrimination: how well the question&apos;s score follows the rest of the test (−1 to 1; negative means strong learners miss it).</source>
        <translation>Facilidad: la puntuación media en una pregunta (de 0 a 1). Discriminación: en qué medida la puntuación de la pregunta sigue al resto de la prueba (de −1 a 1; un valor negativo significa que los participantes con mejores resultados la fallan).</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facilidad</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>Discriminación</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Options chosen: select a question above.</source>
        <translation>Opciones elegidas: seleccione una pregunta arriba.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>Opciones elegidas</translation>
    </message>
    <message>
        <source>Choose a quiz…</source>
        <translation>Elija un cuestionario…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calculando…</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted attempt(s). Flagged questions are marked in the Flags column.</source>
        <translation>
            <numerusform>%n intento enviado. Las preguntas señaladas aparecen marcadas en la columna Alertas.</numerusform>
            <numerusform>%n intentos enviados. Las preguntas señaladas aparecen marcadas en la columna Alertas.</numerusform>
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
        <translation>Nada parece fuera de lo normal</translation>
    </message>
    <message>
        <source>too few attempts</source>
        <translation>muy pocos intentos</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>demasiado difícil</translation>
    </message>
    <message>
        <source>too easy</source>
        <translation>demasiado fácil</translation>
    </message>
    <message>
        <source>negative discrimination</source>
        <translation>discriminación negativa</translation>
    </message>
    <message>
        <source>nobody picks “%1”</source>
        <translation>nadie elige «%1»</translation>
    </message>
    <message>
        <source>%1: no options to count for this kind of question.</source>
        <translation>%1: no hay opciones que contar para este tipo de pregunta.</translation>
    </message>
    <message>
        <source>Options chosen for %1</source>
        <translation>Opciones elegidas en %1</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>correcta</translation>
    </message>
</context>
<context>
    <name>LearnerDetailPanel</name>
    <message>
        <source>Choose a learner to see every activity, attempt and certificate.</source>
        <translation>Elija un participante para ver todas sus actividades, intentos y certificados.</translation>
    </message>
    <message>
        <source>Learner details</source>
        <translation>Datos del participante</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>{n} records wait until their key is trusted (not counted).</source>
        <translation>{n} registros esperan a que se confíe en su clave (no contabilizados).</translation>
    </message>
    <message>
        <source>Conflict on {field}: here “{here}”, imported “{incoming}”.</source>
        <translation>Conflicto en {field}: aquí «{here}», importado «{incoming}».</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>{title} (optional)</source>
        <translation>{title} (opcional)</translation>
    </message>
    <message>
        <source>Quiz attempts ({n})</source>
        <translation>Intentos de cuestionario ({n})</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Certificates ({n})</source>
        <translation>Certificados ({n})</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>Reemplazado por uno más reciente</translation>
    </message>
    <message>
        <source>Issuer not trusted here</source>
        <translation>Emisor no reconocido en esta instalación</translation>
    </message>
    <message>
        <source>Classroom sessions ({n})</source>
        <translation>Sesiones presenciales ({n})</translation>
    </message>
    <message>
        <source>Trainer: {name}</source>
        <translation>Formador: {name}</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Practical checks ({n})</source>
        <translation>Evaluaciones prácticas ({n})</translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Sin itinerario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Imported from another installation</source>
        <translation>Importado de otra instalación</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search guides, walkthroughs and quizzes…</source>
        <translation>Buscar en guías, ejercicios guiados y cuestionarios…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Previous results</source>
        <translation>Resultados anteriores</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>Más resultados</translation>
    </message>
    <message>
        <source>Books and chapters</source>
        <translation>Libros y capítulos</translation>
    </message>
    <message>
        <source>Choose a chapter from the list, or search all guides, to read it here.</source>
        <translation>Elija un capítulo de la lista, o busque en todas las guías, para leerlo aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Results %1–%2 of %3</source>
        <translation>Resultados %1–%2 de %3</translation>
    </message>
    <message>
        <source>No results for this search.</source>
        <translation>No hay resultados para esta búsqueda.</translation>
    </message>
</context>
<context>
    <name>LockedSection</name>
    <message>
        <source>Unlock trainer mode…</source>
        <translation>Desbloquear el modo formador…</translation>
    </message>
    <message>
        <source>Unlock trainer mode</source>
        <translation>Desbloquear el modo formador</translation>
    </message>
    <message>
        <source>This screen shows every learner&apos;s records and is for trainers. Trainer mode is not set up on this laptop yet: a trainer sets it up with a passphrase of their own.</source>
        <translation>Esta pantalla muestra los registros de todos los participantes y es para los formadores. El modo formador aún no está configurado en este portátil: un formador lo configura con una frase de contraseña propia.</translation>
    </message>
    <message>
        <source>Set up trainer mode…</source>
        <translation>Configurar el modo formador…</translation>
    </message>
    <message>
        <source>This screen shows every learner&apos;s records. Give the trainer passphrase to open it.</source>
        <translation>Esta pantalla muestra los registros de todos los participantes. Introduzca la frase de contraseña de formador para abrirla.</translation>
    </message>
</context>
<context>
    <name>LrsSettingsBox</name>
    <message>
        <source>Learning Record Store (xAPI)</source>
        <translation>Almacén de registros de aprendizaje (xAPI)</translation>
    </message>
    <message>
        <source>LRS endpoint</source>
        <translation>Punto de conexión del LRS</translation>
    </message>
    <message>
        <source>LRS user (client key)</source>
        <translation>Usuario del LRS (clave de cliente)</translation>
    </message>
    <message>
        <source>LRS password (client secret)</source>
        <translation>Contraseña del LRS (secreto de cliente)</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>Account home page</source>
        <translation>Página de inicio de la cuenta</translation>
    </message>
    <message>
        <source>Include learners&apos; names in statements</source>
        <translation>Incluir los nombres de los participantes en las declaraciones</translation>
    </message>
    <message>
        <source>&amp;Save LRS settings</source>
        <translation>&amp;Guardar configuración del LRS</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Enviar a&amp;hora</translation>
    </message>
    <message>
        <source>Sending statements</source>
        <translation>Envío de declaraciones</translation>
    </message>
    <message>
        <source>Statement queue</source>
        <translation>Cola de declaraciones</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Punto de conexión:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Account &amp;home page:</source>
        <translation>Página de &amp;inicio de la cuenta:</translation>
    </message>
    <message>
        <source>Waiting: {0} · sent: {1} · refused: {2} · in conflict: {3}</source>
        <translation>En espera: {0} · enviadas: {1} · rechazadas: {2} · en conflicto: {3}</translation>
    </message>
    <message>
        <source>Sent {0}; {1} wait to be retried.</source>
        <translation>Enviadas: {0}; {1} en espera de reintento.</translation>
    </message>
    <message>
        <source>Sending failed.</source>
        <translation>No se pudo enviar.</translation>
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
        <translation>Abriendo sus registros de formación…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Some content has problems: {first}</source>
        <translation>Algunos contenidos tienen problemas: {first}</translation>
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
        <translation>Elija una correspondencia…</translation>
    </message>
    <message>
        <source>Match for: {left}</source>
        <translation>Correspondencia para: {left}</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Not in this learner&apos;s track</source>
        <translation>No forma parte del itinerario de este participante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <source>Put the items in order: select one, then Move up or Move down (Alt+Up, Alt+Down).</source>
        <translation>Ordene los elementos: seleccione uno y luego Subir o Bajar (Alt+Arriba, Alt+Abajo).</translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation>Elementos para ordenar</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>Subir el elemento seleccionado</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>Bajar el elemento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Keep this order</source>
        <translation>&amp;Mantener este orden</translation>
    </message>
    <message>
        <source>Keep this order as my answer</source>
        <translation>Mantener este orden como mi respuesta</translation>
    </message>
</context>
<context>
    <name>PlannedStaffPanel</name>
    <message>
        <source>How many people of each role the rollout plans, for all agencies or per agency. Shares of certified staff are counted against these numbers.</source>
        <translation>Cuántas personas de cada rol prevé la implementación, para todas las agencias o por agencia. Los porcentajes de personal certificado se calculan sobre estas cifras.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Planned staff</source>
        <translation>Personal previsto</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Todas las agencias</translation>
    </message>
    <message>
        <source>Planned number</source>
        <translation>Número previsto</translation>
    </message>
    <message>
        <source>Save planned number</source>
        <translation>Guardar número previsto</translation>
    </message>
    <message>
        <source>Save the planned number</source>
        <translation>Guardar el número previsto</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Quitar lo seleccionado</translation>
    </message>
    <message>
        <source>Remove the selected planned number</source>
        <translation>Quitar el número previsto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agencia:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Previsto:</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenting: {title}</source>
        <translation>Presentando: {title}</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>Vista del presentador</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Diapositiva actual</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositiva siguiente</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Esc leaves presenter mode · ← → move between slides</source>
        <translation>Esc sale del modo presentador · ← → para cambiar de diapositiva</translation>
    </message>
    <message>
        <source>End of the deck</source>
        <translation>Fin de la presentación</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>No hay notas para esta diapositiva.</translation>
    </message>
    <message>
        <source>Slide {number} of {count}</source>
        <translation>Diapositiva {number} de {count}</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>Transcurrido: {time}</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Who is training today?</source>
        <translation>¿Quién va a formarse hoy?</translation>
    </message>
    <message>
        <source>Find your name…</source>
        <translation>Busque su nombre…</translation>
    </message>
    <message>
        <source>Find a profile</source>
        <translation>Buscar un perfil</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>No profiles yet. Create yours on the right to start training.</source>
        <translation>Aún no hay perfiles. Cree el suyo a la derecha para empezar la formación.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue with the selected profile</source>
        <translation>Continuar con el perfil seleccionado</translation>
    </message>
    <message>
        <source>Archive profile…</source>
        <translation>Archivar perfil…</translation>
    </message>
    <message>
        <source>Archive the selected profile</source>
        <translation>Archivar el perfil seleccionado</translation>
    </message>
    <message>
        <source>Opening your training records…</source>
        <translation>Abriendo sus registros de formación…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>PIN (optional, 4 to 8 digits)</source>
        <translation>PIN (opcional, de 4 a 8 dígitos)</translation>
    </message>
    <message>
        <source>Optional, 4–8 digits</source>
        <translation>Opcional, de 4 a 8 dígitos</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Crear perfil</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agencia:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Sitio:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>Protected by a PIN</source>
        <translation>Protegido con PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN for {name}:</source>
        <translation>PIN de {name}:</translation>
    </message>
    <message>
        <source>Cannot open this profile</source>
        <translation>No se puede abrir este perfil</translation>
    </message>
    <message>
        <source>The profile was not created</source>
        <translation>No se creó el perfil</translation>
    </message>
    <message>
        <source>Archive profile</source>
        <translation>Archivar perfil</translation>
    </message>
    <message>
        <source>{name} has no PIN, so only a trainer can archive this profile, and trainer mode is not set up on this laptop yet. A trainer can set it up: sign in, open Settings and choose “Set up trainer mode…”.</source>
        <translation>{name} no tiene PIN, así que solo un formador puede archivar este perfil, y el modo formador aún no está configurado en este portátil. Un formador puede configurarlo: inicie sesión, abra Configuración y elija «Configurar el modo formador…».</translation>
    </message>
    <message>
        <source>Archive {name}? The records are kept; the profile is hidden from this list.</source>
        <translation>¿Archivar a {name}? Los registros se conservan; el perfil deja de aparecer en esta lista.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>QtPlayer</name>
    <message>
        <source>Qt Multimedia has no usable media backend on this computer</source>
        <translation>Qt Multimedia no tiene ningún motor multimedia utilizable en este equipo</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>the file is not a playable video</source>
        <translation>el archivo no es un video reproducible</translation>
    </message>
    <message>
        <source>the file could not be decoded</source>
        <translation>no se pudo decodificar el archivo</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>sin correspondencia</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correcta</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>Parcialmente correcta</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>Incorrecta</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Su respuesta</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>Respuesta correcta</translation>
    </message>
    <message>
        <source>Options as shown:</source>
        <translation>Opciones tal como se mostraron:</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Attempt {number}: {earned:g} of {possible:g} points. The pass mark is {mark}.</source>
        <translation>Intento {number}: {earned:g} de {possible:g} puntos. La nota mínima para aprobar es {mark}.</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Pregunta {number}</translation>
    </message>
    <message>
        <source>Part {number}</source>
        <translation>Parte {number}</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Quiz error</source>
        <translation>Error del cuestionario</translation>
    </message>
    <message>
        <source>Position in the quiz</source>
        <translation>Posición en el cuestionario</translation>
    </message>
    <message>
        <source>Progress through the quiz</source>
        <translation>Avance en el cuestionario</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
    <message>
        <source>Quiz result</source>
        <translation>Resultado del cuestionario</translation>
    </message>
    <message>
        <source>&amp;Back to the quiz</source>
        <translation>&amp;Volver al cuestionario</translation>
    </message>
    <message>
        <source>Back to the quiz start page</source>
        <translation>Volver a la página inicial del cuestionario</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>Pregunta {number}</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Estudio de caso</translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translation>&amp;Revisar respuestas</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Pregunta {number} de {total}</translation>
    </message>
    <message>
        <source>Questions {first}–{last} of {total}</source>
        <translation>Preguntas {first}–{last} de {total}</translation>
    </message>
    <message>
        <source>Answered {answered} of {total} questions</source>
        <translation>Respondidas {answered} de {total} preguntas</translation>
    </message>
    <message>
        <source>Question {number}: {prompt}</source>
        <translation>Pregunta {number}: {prompt}</translation>
    </message>
    <message>
        <source>Submit your answers? You cannot change them afterwards.</source>
        <translation>¿Enviar sus respuestas? No podrá cambiarlas después.</translation>
    </message>
    <message>
        <source>{count} question(s) are not answered yet.</source>
        <translation>Preguntas aún sin responder: {count}.</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Enviar respuestas</translation>
    </message>
</context>
<context>
    <name>ReaderWidget</name>
    <message>
        <source>Contents of this chapter</source>
        <translation>Contenido de este capítulo</translation>
    </message>
    <message>
        <source>Reading status</source>
        <translation>Estado de lectura</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>This link points outside the training pack and was not opened.</source>
        <translation>Este enlace apunta fuera del paquete de formación y no se abrió.</translation>
    </message>
    <message>
        <source>Progress was not saved: {reason}</source>
        <translation>No se guardó el progreso: {reason}</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>✓ Read</source>
        <translation>✓ Leído</translation>
    </message>
    <message>
        <source>You reached the end; it counts as read after %1 more reading time.</source>
        <translation>Ha llegado al final; contará como leído tras %1 más de lectura.</translation>
    </message>
    <message>
        <source>You reached the end; it counts as read after the minimum reading time.</source>
        <translation>Ha llegado al final; contará como leído una vez transcurrido el tiempo mínimo de lectura.</translation>
    </message>
    <message>
        <source>Read to the end of the chapter to complete it (reading time left: %1).</source>
        <translation>Lea el capítulo hasta el final para completarlo (tiempo de lectura restante: %1).</translation>
    </message>
    <message>
        <source>Read to the end of the chapter to complete it.</source>
        <translation>Lea el capítulo hasta el final para completarlo.</translation>
    </message>
</context>
<context>
    <name>RequirementTree</name>
    <message>
        <source>Requirements of the step</source>
        <translation>Requisitos del paso</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Cumplido</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>No cumplido</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Case worker</source>
        <translation>Trabajador social</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Gestor de casos</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>Administrador del sistema</translation>
    </message>
    <message>
        <source>CPIMS+ coordinator</source>
        <translation>Coordinador de CPIMS+</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>RolloutView</name>
    <message>
        <source>Rollout</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Refresh the rollout steps</source>
        <translation>Actualizar los pasos de la implementación</translation>
    </message>
    <message>
        <source>&amp;Export readiness report (PDF)…</source>
        <translation>&amp;Exportar informe de preparación (PDF)…</translation>
    </message>
    <message>
        <source>Export the readiness report as a PDF file</source>
        <translation>Exportar el informe de preparación como archivo PDF</translation>
    </message>
    <message>
        <source>Rollout steps</source>
        <translation>Pasos de la implementación</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Planned staff</source>
        <translation>Personal previsto</translation>
    </message>
    <message>
        <source>Checking the rollout steps…</source>
        <translation>Comprobando los pasos de la implementación…</translation>
    </message>
    <message>
        <source>Step {step}: {title}
{state}</source>
        <translation>Paso {step}: {title}
{state}</translation>
    </message>
    <message>
        <source>Step {step}: {title}</source>
        <translation>Paso {step}: {title}</translation>
    </message>
    <message>
        <source>Status: {state}</source>
        <translation>Estado: {state}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>Resultado: {outcome}</translation>
    </message>
    <message>
        <source>Signed off by {name} on {date}.</source>
        <translation>Aprobado por {name} el {date}.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Marked not applicable by {name} on {date}. Reason: {reason}</source>
        <translation>Marcado como no aplicable por {name} el {date}. Motivo: {reason}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Evidence saved.</source>
        <translation>Evidencia guardada.</translation>
    </message>
    <message>
        <source>The step is signed off.</source>
        <translation>El paso está aprobado.</translation>
    </message>
    <message>
        <source>The step is marked not applicable.</source>
        <translation>El paso está marcado como no aplicable.</translation>
    </message>
    <message>
        <source>Planned number saved.</source>
        <translation>Número previsto guardado.</translation>
    </message>
    <message>
        <source>Planned number removed.</source>
        <translation>Número previsto eliminado.</translation>
    </message>
    <message>
        <source>Export readiness report</source>
        <translation>Exportar informe de preparación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the readiness report…</source>
        <translation>Generando el informe de preparación…</translation>
    </message>
    <message>
        <source>The readiness report is saved as {path}.</source>
        <translation>El informe de preparación se guardó como {path}.</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Chapter text</source>
        <translation>Texto del capítulo</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>The same again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Repetir:</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same passphrase twice.</source>
        <translation>Las dos entradas no coinciden. Escriba la misma frase de contraseña dos veces.</translation>
    </message>
    <message>
        <source>That is not right.</source>
        <translation>No es correcto.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} seconds.</source>
        <translation>Demasiados intentos fallidos. Vuelva a intentarlo en {seconds} segundos.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>La frase de contraseña no es correcta.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New training session</source>
        <translation>Nueva sesión de formación</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <source>For example: Day 1 — registering cases</source>
        <translation>Por ejemplo: Día 1 — registro de casos</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation>Módulos tratados</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Planned staff name</source>
        <translation>Nombre en el personal previsto</translation>
    </message>
    <message>
        <source>Someone without a profile on this laptop</source>
        <translation>Alguien sin perfil en este equipo</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Añadir persona</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>Registrar la sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Modules covered:</source>
        <translation>&amp;Módulos tratados:</translation>
    </message>
    <message>
        <source>Atte&amp;ndees:</source>
        <translation>A&amp;sistentes:</translation>
    </message>
    <message>
        <source>&amp;Planned staff:</source>
        <translation>&amp;Personal previsto:</translation>
    </message>
    <message>
        <source>{name} (no profile here)</source>
        <translation>{name} (sin perfil aquí)</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Ponga un título a la sesión.</translation>
    </message>
    <message>
        <source>Tick at least one module the session covered.</source>
        <translation>Marque al menos un módulo tratado en la sesión.</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nueva sesión…</translation>
    </message>
    <message>
        <source>Record practical &amp;check…</source>
        <translation>Registrar una e&amp;valuación práctica…</translation>
    </message>
    <message>
        <source>Sessions status</source>
        <translation>Estado de las sesiones</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>Último registro</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>Sesiones de formación</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmada por</translation>
    </message>
    <message>
        <source>Practical checks</source>
        <translation>Evaluaciones prácticas</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Observed by</source>
        <translation>Observada por</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>{fingerprint} (not trusted: does not count)</source>
        <translation>{fingerprint} (no de confianza: no cuenta)</translation>
    </message>
    <message>
        <source>{name} (no profile here)</source>
        <translation>{name} (sin perfil aquí)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
    <message>
        <source>Sessions: {s} · practical checks: {c}</source>
        <translation>Sesiones: {s} · evaluaciones prácticas: {c}</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Sesión de formación</translation>
    </message>
    <message>
        <source>Recorded “{title}”. Attendees: {n}.</source>
        <translation>Se registró «{title}». Asistentes: {n}.</translation>
    </message>
    <message>
        <source>Certificates issued: {n}.</source>
        <translation>Certificados emitidos: {n}.</translation>
    </message>
    <message>
        <source>A certificate this earned could not be issued yet. The record is kept, and the certificate is issued once the problem is fixed (when the learner opens Certificates). Why: {reason}</source>
        <translation>Todavía no se pudo emitir un certificado obtenido con esto. El registro se conserva, y el certificado se emitirá cuando se resuelva el problema (cuando el participante abra Certificados). Motivo: {reason}</translation>
    </message>
    <message>
        <source>Practical check</source>
        <translation>Evaluación práctica</translation>
    </message>
    <message>
        <source>Recorded the practical check.</source>
        <translation>Evaluación práctica registrada.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Su rol</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Video player</source>
        <translation>Reproductor de video</translation>
    </message>
    <message>
        <source>Qt Multimedia (built in)</source>
        <translation>Qt Multimedia (integrado)</translation>
    </message>
    <message>
        <source>VLC (needs VLC installed)</source>
        <translation>VLC (requiere tener VLC instalado)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>&amp;Video player:</source>
        <translation>Reproductor de &amp;video:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Cambiar de perfil</translation>
    </message>
</context>
<context>
    <name>SlideThumbnails</name>
    <message>
        <source>Slides in this deck</source>
        <translation>Diapositivas de esta presentación</translation>
    </message>
    <message>
        <source>Slide {number}</source>
        <translation>Diapositiva {number}</translation>
    </message>
</context>
<context>
    <name>SlidesView</name>
    <message>
        <source>Slide</source>
        <translation>Diapositiva</translation>
    </message>
    <message>
        <source>Slide deck message</source>
        <translation>Mensaje de la presentación</translation>
    </message>
    <message>
        <source>Slides status</source>
        <translation>Estado de las diapositivas</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Diapositiva anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositiva siguiente</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Fit the slide to the width</source>
        <translation>Ajustar la diapositiva al ancho</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Fit the whole slide</source>
        <translation>Mostrar la diapositiva completa</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>Abrir el original</translation>
    </message>
    <message>
        <source>Open the original PowerPoint file</source>
        <translation>Abrir el archivo de PowerPoint original</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Full-screen presenter mode</source>
        <translation>Modo presentador a pantalla completa</translation>
    </message>
    <message>
        <source>The slide deck {file} cannot be opened: {reason}</source>
        <translation>No se puede abrir la presentación {file}: {reason}</translation>
    </message>
    <message>
        <source>the file was not found.</source>
        <translation>no se encontró el archivo.</translation>
    </message>
    <message>
        <source>it is not a valid PDF file.</source>
        <translation>no es un archivo PDF válido.</translation>
    </message>
    <message>
        <source>it is protected by a password.</source>
        <translation>está protegido con contraseña.</translation>
    </message>
    <message>
        <source>its security scheme is not supported.</source>
        <translation>su esquema de seguridad no es compatible.</translation>
    </message>
    <message>
        <source>it has no pages or could not be read.</source>
        <translation>no tiene páginas o no se pudo leer.</translation>
    </message>
    <message>
        <source>Slide {number} of {count}</source>
        <translation>Diapositiva {number} de {count}</translation>
    </message>
    <message>
        <source>Progress was not saved: {reason}</source>
        <translation>No se guardó el progreso: {reason}</translation>
    </message>
    <message>
        <source>✓ Every slide seen</source>
        <translation>✓ Todas las diapositivas vistas</translation>
    </message>
    <message>
        <source>{seen} of {count} slides seen. See every slide to complete the deck.</source>
        <translation>{seen} de {count} diapositivas vistas. Vea todas las diapositivas para completar la presentación.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>About this quiz</source>
        <translation>Acerca de este cuestionario</translation>
    </message>
    <message>
        <source>Quiz message</source>
        <translation>Mensaje del cuestionario</translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation>&amp;Comenzar el cuestionario</translation>
    </message>
    <message>
        <source>Past attempts</source>
        <translation>Intentos anteriores</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>&amp;Review the selected attempt</source>
        <translation>Re&amp;visar el intento seleccionado</translation>
    </message>
    <message>
        <source>Review the selected attempt</source>
        <translation>Revisar el intento seleccionado</translation>
    </message>
    <message>
        <source>{low} to {high} questions</source>
        <translation>De {low} a {high} preguntas</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 pregunta</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>{count} preguntas</translation>
    </message>
    <message>
        <source>Pass mark: {mark}</source>
        <translation>Nota mínima para aprobar: {mark}</translation>
    </message>
    <message>
        <source>Attempts used: {used} of {allowed}</source>
        <translation>Intentos usados: {used} de {allowed}</translation>
    </message>
    <message>
        <source>Attempts used: {used} (no limit)</source>
        <translation>Intentos usados: {used} (sin límite)</translation>
    </message>
    <message>
        <source>You can try this quiz again from {time}.</source>
        <translation>Podrá volver a intentar este cuestionario a partir de {time}.</translation>
    </message>
    <message>
        <source>You have used all {count} attempts allowed for this quiz.</source>
        <translation>Ha usado los {count} intentos permitidos para este cuestionario.</translation>
    </message>
    <message>
        <source>&amp;Resume the quiz</source>
        <translation>&amp;Reanudar el cuestionario</translation>
    </message>
    <message>
        <source>&amp;Start a new attempt</source>
        <translation>&amp;Comenzar un nuevo intento</translation>
    </message>
    <message>
        <source>This quiz cannot be opened</source>
        <translation>No se puede abrir este cuestionario</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>No aprobado</translation>
    </message>
</context>
<context>
    <name>StepWidget</name>
    <message>
        <source>Step {number}</source>
        <translation>Paso {number}</translation>
    </message>
    <message>
        <source>Performed by: {role}</source>
        <translation>Realizado por: {role}</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Resultado esperado</translation>
    </message>
    <message>
        <source>Picture for step {number}</source>
        <translation>Imagen del paso {number}</translation>
    </message>
    <message>
        <source>Done: I see the expected result</source>
        <translation>Hecho: veo el resultado esperado</translation>
    </message>
    <message>
        <source>Step {number} done</source>
        <translation>Paso {number} realizado</translation>
    </message>
    <message>
        <source>Record the value here</source>
        <translation>Anote el valor aquí</translation>
    </message>
    <message>
        <source>What you saw, any difference</source>
        <translation>Lo que vio y cualquier diferencia</translation>
    </message>
    <message>
        <source>Note for step {number}</source>
        <translation>Nota del paso {number}</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
</context>
<context>
    <name>TrainerActions</name>
    <message>
        <source>Not done</source>
        <translation>No se realizó la acción</translation>
    </message>
    <message>
        <source>Import records bundles or receipts</source>
        <translation>Importar paquetes de registros o acuses de recibo</translation>
    </message>
    <message>
        <source>Records bundles and receipts (*.zip *.json)</source>
        <translation>Paquetes de registros y acuses de recibo (*.zip *.json)</translation>
    </message>
    <message>
        <source>Importing records</source>
        <translation>Importando registros</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>Exportar registros</translation>
    </message>
    <message>
        <source>Records bundle (*.zip)</source>
        <translation>Paquete de registros (*.zip)</translation>
    </message>
    <message>
        <source>Exporting records</source>
        <translation>Exportando registros</translation>
    </message>
    <message>
        <source>Records exported</source>
        <translation>Registros exportados</translation>
    </message>
    <message>
        <source>{path}
{n} records, signed with key {key}.</source>
        <translation>{path}
{n} registros, firmados con la clave {key}.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Generando el informe</translation>
    </message>
    <message>
        <source>Folder for the certificates of the chosen learners</source>
        <translation>Carpeta para los certificados de los participantes elegidos</translation>
    </message>
    <message>
        <source>Certificates of the chosen learners</source>
        <translation>Certificados de los participantes elegidos</translation>
    </message>
    <message>
        <source>Zip of PDFs (*.zip)</source>
        <translation>Zip de archivos PDF (*.zip)</translation>
    </message>
    <message>
        <source>Writing certificates</source>
        <translation>Generando certificados</translation>
    </message>
    <message>
        <source>Import certificate files</source>
        <translation>Importar archivos de certificado</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.json)</source>
        <translation>Certificados (*.pdf *.json)</translation>
    </message>
    <message>
        <source>Importing certificates</source>
        <translation>Importando certificados</translation>
    </message>
    <message>
        <source>No certificate files (.pdf, .json) were found there.</source>
        <translation>No se encontraron archivos de certificado (.pdf, .json) en esa ubicación.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Revocar el certificado</translation>
    </message>
    <message>
        <source>Revoke {title}?
It stays stored, marked revoked, and no longer counts.
Reason:</source>
        <translation>¿Revocar {title}?
Se conserva guardado, marcado como revocado, y deja de contar.
Motivo:</translation>
    </message>
    <message>
        <source>A revocation needs a reason; nothing was changed.</source>
        <translation>Una revocación necesita un motivo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source> (issuer not trusted here: it does not count yet)</source>
        <translation> (emisor no reconocido en esta instalación: aún no cuenta)</translation>
    </message>
    <message>
        <source>receipt: bundle {id} arrived at key {key} on {when} ({n} records).</source>
        <translation>acuse de recibo: el paquete {id} llegó a la clave {key} el {when} ({n} registros).</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated</source>
        <translation>{added} añadidos, {updated} actualizados</translation>
    </message>
    <message>
        <source>, {n} kept until key {key} is trusted</source>
        <translation>, {n} retenidos hasta que se confíe en la clave {key}</translation>
    </message>
    <message>
        <source>, {n} learner details differ (see Exchange)</source>
        <translation>, {n} datos de participantes difieren (ver Intercambio)</translation>
    </message>
    <message>
        <source>. Receipt for the field laptop: {path}</source>
        <translation>. Acuse de recibo para el portátil de campo: {path}</translation>
    </message>
</context>
<context>
    <name>TrainerMode</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Give the trainer passphrase to open the trainer and coordinator screens.</source>
        <translation>Introduzca la frase de contraseña de formador para abrir las pantallas de formadores y coordinadores.</translation>
    </message>
    <message>
        <source>Trainer mode is for the trainers and coordinators of this laptop. With it they see every learner&apos;s records, import and export records, trust other laptops&apos; keys, sign off rollout steps and change the connection settings; the command line asks for it too before it changes shared data.

Choose a passphrase of at least {n} characters that only trainers and coordinators know, and type it twice. Learners keep using their own profiles as before.</source>
        <translation>El modo formador es para los formadores y coordinadores de este portátil. Con él pueden ver los registros de todos los participantes, importar y exportar registros, confiar en las claves de otros portátiles, aprobar pasos de la implementación y cambiar la configuración de conexión; la línea de comandos también lo pide antes de cambiar datos compartidos.

Elija una frase de contraseña de al menos {n} caracteres que solo conozcan los formadores y coordinadores, y escríbala dos veces. Los participantes siguen usando sus propios perfiles como antes.</translation>
    </message>
    <message>
        <source>Set up trainer mode</source>
        <translation>Configurar el modo formador</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Give the current trainer passphrase, then the new one ({n} characters or more) twice.</source>
        <translation>Introduzca la frase de contraseña de formador actual y luego la nueva ({n} caracteres o más) dos veces.</translation>
    </message>
    <message>
        <source>Change the trainer passphrase</source>
        <translation>Cambiar la frase de contraseña de formador</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>Unlock trainer mode</source>
        <translation>Desbloquear el modo formador</translation>
    </message>
    <message>
        <source>Archiving hides {name} from this list; the records are kept. Give {name}&apos;s PIN or the trainer passphrase.</source>
        <translation>Al archivar, {name} deja de aparecer en esta lista; los registros se conservan. Introduzca el PIN de {name} o la frase de contraseña de formador.</translation>
    </message>
    <message>
        <source>Archive profile</source>
        <translation>Archivar perfil</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>PIN o frase de contraseña</translation>
    </message>
</context>
<context>
    <name>TrainerSettings</name>
    <message>
        <source>Database in use</source>
        <translation>Base de datos en uso</translation>
    </message>
    <message>
        <source>Change the trainer passphrase…</source>
        <translation>Cambiar la frase de contraseña de formador…</translation>
    </message>
    <message>
        <source>Change the trainer passphrase</source>
        <translation>Cambiar la frase de contraseña de formador</translation>
    </message>
    <message>
        <source>Trainer settings</source>
        <translation>Configuración del formador</translation>
    </message>
    <message>
        <source>The Learning Record Store, the shared database, whether learners&apos; names leave this laptop and the trainer passphrase are set by trainers, in trainer mode.</source>
        <translation>El almacén de registros de aprendizaje, la base de datos compartida, si los nombres de los participantes salen de este portátil y la frase de contraseña de formador los configuran los formadores, en el modo formador.</translation>
    </message>
    <message>
        <source>The Learning Record Store, the shared database, whether learners&apos; names leave this laptop and the trainer passphrase are set by trainers. Trainer mode is not set up on this laptop yet: set it up only if you are the trainer or coordinator for this laptop.</source>
        <translation>El almacén de registros de aprendizaje, la base de datos compartida, si los nombres de los participantes salen de este portátil y la frase de contraseña de formador los configuran los formadores. El modo formador aún no está configurado en este portátil: configúrelo solo si usted es el formador o el coordinador de este portátil.</translation>
    </message>
    <message>
        <source>Unlock trainer mode…</source>
        <translation>Desbloquear el modo formador…</translation>
    </message>
    <message>
        <source>Set up trainer mode…</source>
        <translation>Configurar el modo formador…</translation>
    </message>
</context>
<context>
    <name>TrainerView</name>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Trainer views</source>
        <translation>Vistas del formador</translation>
    </message>
    <message>
        <source>&amp;Learners</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <source>Completion &amp;matrix</source>
        <translation>&amp;Matriz de finalización</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>Inter&amp;cambio</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>Certificad&amp;os</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Item anal&amp;ysis</source>
        <translation>Análisis de &amp;preguntas</translation>
    </message>
    <message>
        <source>CSV (learners)…</source>
        <translation>CSV (participantes)…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>Libro de Excel…</translation>
    </message>
    <message>
        <source>PDF for partners…</source>
        <translation>PDF para socios…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>&amp;Importar registros…</translation>
    </message>
    <message>
        <source>Export &amp;records…</source>
        <translation>&amp;Exportar registros…</translation>
    </message>
    <message>
        <source>Export re&amp;port</source>
        <translation>Exportar in&amp;forme</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>only changed since</source>
        <translation>solo los modificados desde</translation>
    </message>
    <message>
        <source>Export only records changed since</source>
        <translation>Exportar solo los registros modificados desde</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>Modificados desde</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>Buscar nombres</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>Ro&amp;l:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>A&amp;gencia:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;itio:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Completion matrix</source>
        <translation>Matriz de finalización</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Todas las agencias</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los sitios</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>{n} learners · {done} completed · {going} in progress · {rest} not started · {certs} certificates</source>
        <translation>{n} participantes · {done} completados · {going} en curso · {rest} sin empezar · {certs} certificados</translation>
    </message>
    <message>
        <source>{n} records wait for a key to be trusted (see Exchange)</source>
        <translation>{n} registros esperan a que se confíe en una clave (ver Intercambio)</translation>
    </message>
    <message>
        <source>Learner details</source>
        <translation>Datos del participante</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <source>&amp;True</source>
        <translation>&amp;Verdadero</translation>
    </message>
    <message>
        <source>&amp;False</source>
        <translation>&amp;Falso</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Verdadero</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Falso</translation>
    </message>
</context>
<context>
    <name>VideoActivityView</name>
    <message>
        <source>Video status</source>
        <translation>Estado del video</translation>
    </message>
    <message>
        <source>✓ Watched. You can watch it again at any time.</source>
        <translation>✓ Visto. Puede volver a verlo en cualquier momento.</translation>
    </message>
    <message>
        <source>Watch at least {percent}% of the video to complete it; skipping ahead does not count.</source>
        <translation>Vea al menos el {percent} % del video para completarlo; los tramos que se saltan no cuentan.</translation>
    </message>
    <message>
        <source>Subtitles could not be loaded: {problem}</source>
        <translation>No se pudieron cargar los subtítulos: {problem}</translation>
    </message>
    <message>
        <source>This video cannot be played: {reason}</source>
        <translation>No se puede reproducir este video: {reason}</translation>
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
        <translation>Retroceder 10 segundos</translation>
    </message>
    <message>
        <source>Back 10 seconds (Left arrow)</source>
        <translation>Retroceder 10 segundos (flecha izquierda)</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>Avanzar 10 segundos</translation>
    </message>
    <message>
        <source>Forward 10 seconds (Right arrow)</source>
        <translation>Avanzar 10 segundos (flecha derecha)</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>Posición en el video</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>Tiempo reproducido</translation>
    </message>
    <message>
        <source>Length of the video</source>
        <translation>Duración del video</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Show subtitles</source>
        <translation>Mostrar subtítulos</translation>
    </message>
    <message>
        <source>Show or hide subtitles</source>
        <translation>Mostrar u ocultar subtítulos</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action} (Espacio)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Mute or unmute (M)</source>
        <translation>Silenciar o activar sonido (M)</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen (F, Esc to leave)</source>
        <translation>Pantalla completa (F; Esc para salir)</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Video player</source>
        <translation>Reproductor de video</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Video message</source>
        <translation>Mensaje del video</translation>
    </message>
    <message>
        <source>This video cannot be played: {file}</source>
        <translation>No se puede reproducir este video: {file}</translation>
    </message>
</context>
<context>
    <name>VlcPlayer</name>
    <message>
        <source>libvlc is not installed or cannot be loaded ({why})</source>
        <translation>libvlc no está instalado o no se puede cargar ({why})</translation>
    </message>
    <message>
        <source>libvlc refused to start with the options {args}</source>
        <translation>libvlc se negó a iniciarse con las opciones {args}</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>libvlc could not start reading the file</source>
        <translation>libvlc no pudo empezar a leer el archivo</translation>
    </message>
    <message>
        <source>libvlc could not read the file</source>
        <translation>libvlc no pudo leer el archivo</translation>
    </message>
    <message>
        <source>libvlc found no video track in the file</source>
        <translation>libvlc no encontró ninguna pista de video en el archivo</translation>
    </message>
    <message>
        <source>libvlc could not decode the file</source>
        <translation>libvlc no pudo decodificar el archivo</translation>
    </message>
</context>
<context>
    <name>WalkthroughView</name>
    <message>
        <source>Steps done</source>
        <translation>Pasos realizados</translation>
    </message>
    <message>
        <source>Walkthrough progress</source>
        <translation>Progreso del ejercicio guiado</translation>
    </message>
    <message>
        <source>Export checklist (PDF)…</source>
        <translation>Exportar lista de verificación (PDF)…</translation>
    </message>
    <message>
        <source>Export the checklist as a PDF file</source>
        <translation>Exportar la lista de verificación como archivo PDF</translation>
    </message>
    <message>
        <source>Walkthrough steps</source>
        <translation>Pasos del ejercicio guiado</translation>
    </message>
    <message>
        <source>Walkthrough message</source>
        <translation>Mensaje del ejercicio guiado</translation>
    </message>
    <message>
        <source>Walkthrough status</source>
        <translation>Estado del ejercicio guiado</translation>
    </message>
    <message>
        <source>Work on the demo site.</source>
        <translation>Trabaje en el sitio de demostración.</translation>
    </message>
    <message>
        <source>Work on the production site: changes there are real.</source>
        <translation>Trabaje en el sitio de producción: los cambios allí son reales.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>{ticked} of {total} steps</source>
        <translation>{ticked} de {total} pasos</translation>
    </message>
    <message>
        <source>✓ Walkthrough complete</source>
        <translation>✓ Ejercicio guiado completado</translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation>Exportar lista de verificación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The checklist was not exported: {reason}</source>
        <translation>No se exportó la lista de verificación: {reason}</translation>
    </message>
    <message>
        <source>Checklist saved to {path}</source>
        <translation>Lista de verificación guardada en {path}</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>Your progress is saved, and you have earned a certificate, but it could not be issued just now: {reason}
It will be issued as soon as the problem is fixed. Tell your trainer or administrator, then open Certificates.</source>
        <translation>Su progreso está guardado y ha obtenido un certificado, pero no se pudo emitir en este momento: {reason}
Se emitirá en cuanto se resuelva el problema. Avise a su formador o administrador y luego abra Certificados.</translation>
    </message>
    <message>
        <source>Certificate not issued yet</source>
        <translation>Certificado aún no emitido</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>Certificado emitido</translation>
    </message>
    <message>
        <source>Well done! You have earned a signed certificate:</source>
        <translation>¡Bien hecho! Ha obtenido un certificado firmado:</translation>
    </message>
    <message>
        <source>View certificates</source>
        <translation>Ver certificados</translation>
    </message>
    <message>
        <source>Drop certificate files (PDF or JSON) here, open them, or paste the code of a QR token.</source>
        <translation>Suelte aquí archivos de certificado (PDF o JSON), ábralos o pegue el código de un token QR.</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Abrir archivos…</translation>
    </message>
    <message>
        <source>TC1… token from a QR code</source>
        <translation>Token TC1… de un código QR</translation>
    </message>
    <message>
        <source>QR token to check</source>
        <translation>Token QR para verificar</translation>
    </message>
    <message>
        <source>Check token</source>
        <translation>Verificar token</translation>
    </message>
    <message>
        <source>Checked certificates</source>
        <translation>Certificados verificados</translation>
    </message>
    <message>
        <source>Result of the selected file</source>
        <translation>Resultado del archivo seleccionado</translation>
    </message>
    <message>
        <source>Checking certificates</source>
        <translation>Verificando certificados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Trust this issuer…</source>
        <translation>Confiar en este emisor…</translation>
    </message>
    <message>
        <source>Check certificates</source>
        <translation>Verificar certificados</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.json *.txt);;All files (*)</source>
        <translation>Certificados (*.pdf *.json *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>A certificate token starts with TC1.</source>
        <translation>Un token de certificado empieza por TC1.</translation>
    </message>
    <message>
        <source>Checking {count} file(s)…</source>
        <translation>Verificando archivos ({count})…</translation>
    </message>
    <message>
        <source>The check failed: {e}</source>
        <translation>La verificación falló: {e}</translation>
    </message>
    <message>
        <source>{valid} of {total} valid.</source>
        <translation>{valid} de {total} válidos.</translation>
    </message>
    <message>
        <source>Imported {imported}; {already} were already stored.</source>
        <translation>Importados: {imported}; ya estaban guardados: {already}.</translation>
    </message>
    <message>
        <source>Not imported: {files}</source>
        <translation>No importados: {files}</translation>
    </message>
    <message>
        <source>Trust this issuer</source>
        <translation>Confiar en este emisor</translation>
    </message>
    <message>
        <source>Who is the issuer with key {key}?</source>
        <translation>¿Quién es el emisor con la clave {key}?</translation>
    </message>
    <message>
        <source>Trusted {key} as {label}.</source>
        <translation>Se confía en la clave {key} como {label}.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Trusted here</source>
        <translation>De confianza aquí</translation>
    </message>
    <message>
        <source>the signature does not match: the certificate was changed after it was signed</source>
        <translation>la firma no coincide: el certificado se modificó después de firmarse</translation>
    </message>
    <message>
        <source>intact, but its issuer is not trusted here</source>
        <translation>intacto, pero su emisor no es de confianza aquí</translation>
    </message>
    <message>
        <source>signed in a way this program does not accept</source>
        <translation>firmado de una forma que este programa no acepta</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>already stored</source>
        <translation>ya guardado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válido</translation>
    </message>
    <message>
        <source>Issuer not trusted</source>
        <translation>Emisor no reconocido</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>QR token</source>
        <translation>Token QR</translation>
    </message>
    <message>
        <source>Signature, issuer and revocation checked.</source>
        <translation>Firma, emisor y revocación verificados.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>ID del certificado</translation>
    </message>
    <message>
        <source>trusted here as {label}</source>
        <translation>de confianza aquí como {label}</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <source>not trusted here</source>
        <translation>no es de confianza aquí</translation>
    </message>
    <message>
        <source>Issuer: {issuer}key {key} ({trusted})</source>
        <translation>Emisor: {issuer}clave {key} ({trusted})</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>{ticked} of {total} steps ticked</source>
        <translation>{ticked} de {total} pasos marcados</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>completado el {date}</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Training pack</source>
        <translation>Paquete de formación</translation>
    </message>
    <message>
        <source>Work on</source>
        <translation>Trabajar en</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Instruction and expected result</source>
        <translation>Instrucción y resultado esperado</translation>
    </message>
    <message>
        <source>the demo site</source>
        <translation>el sitio de demostración</translation>
    </message>
    <message>
        <source>the production site</source>
        <translation>el sitio de producción</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>Resultado esperado</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Realizado por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Ticked on</source>
        <translation>Marcado el</translation>
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
        <translation>Los detalles se escribieron en {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. Nothing more was done.</source>
        <translation>Ocurrió algo que el programa no esperaba. No se hizo nada más.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: try again in {wait:.0f} seconds.</source>
        <translation>Demasiados intentos fallidos: vuelva a intentarlo en {wait:.0f} segundos.</translation>
    </message>
    <message>
        <source>Writing {field} needs Qt (PySide6), which cannot be loaded: {error}</source>
        <translation>Para escribir {field} se necesita Qt (PySide6), que no se puede cargar: {error}</translation>
    </message>
    <message>
        <source>{name}: a logo may be at most {max_logo_bytes} KiB.</source>
        <translation>{name}: un logotipo puede ocupar como máximo {max_logo_bytes} KiB.</translation>
    </message>
    <message>
        <source>{name}: a logo must be a PNG or JPEG image.</source>
        <translation>{name}: un logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source>The {field} is longer than {max_text} characters.</source>
        <translation>El campo «{field}» supera los {max_text} caracteres.</translation>
    </message>
    <message>
        <source>{source}: cannot be read ({strerror}).</source>
        <translation>{source}: no se puede leer ({strerror}).</translation>
    </message>
    <message>
        <source>{name}: &apos;{name2}&apos; is not a date and time.</source>
        <translation>{name}: «{name2}» no es una fecha y hora.</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not written and nothing was changed. Free some space.</source>
        <translation>El disco está lleno: no se escribió {name} y no se ha cambiado nada. Libere algo de espacio.</translation>
    </message>
    <message>
        <source>{name}: &apos;{name2}&apos; is empty but required.</source>
        <translation>{name}: «{name2}» está vacío, pero es obligatorio.</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; holds a text direction control character (U+{ord:04X}), which would make the name read as something else; names may not contain one.</source>
        <translation>{where}: «{name}» contiene un carácter de control de dirección del texto (U+{ord:04X}), que haría que el nombre se leyera como otra cosa; los nombres no pueden contenerlo.</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; is {short}; it must be between {low:,g} and {high:,g}.</source>
        <translation>{where}: «{name}» es {short}; debe estar entre {low:,g} y {high:,g}.</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; is {isoformat}; it must be between {earliest:%Y-%m-%d} and {latest:%Y-%m-%d}.</source>
        <translation>{where}: «{name}» es {isoformat}; debe estar entre {earliest:%Y-%m-%d} y {latest:%Y-%m-%d}.</translation>
    </message>
    <message>
        <source>{path} could not be written: {detail}. Nothing was changed.</source>
        <translation>No se pudo escribir {path}: {detail}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{where}: &apos;points_earned&apos; ({earned:g}) is more than &apos;points_possible&apos; ({possible:g}).</source>
        <translation>{where}: «points_earned» ({earned:g}) es mayor que «points_possible» ({possible:g}).</translation>
    </message>
    <message>
        <source>The receipt {name} could not be written: {strerror}.</source>
        <translation>No se pudo escribir el acuse de recibo {name}: {strerror}.</translation>
    </message>
    <message>
        <source>Rejected: the bundle holds files its manifest does not list (or lacks some).</source>
        <translation>Rechazado: el paquete contiene archivos que su manifiesto no incluye (o le faltan algunos).</translation>
    </message>
    <message>
        <source>Rejected: the bundle has an unknown member {name!r}.</source>
        <translation>Rechazado: el paquete tiene un elemento desconocido {name!r}.</translation>
    </message>
    <message>
        <source>Rejected: {name} was changed after it was signed (tampered).</source>
        <translation>Rechazado: {name} se modificó después de firmarse (manipulado).</translation>
    </message>
    <message>
        <source>Rejected: {name} is not a CPIMS+ Trainer import receipt.</source>
        <translation>Rechazado: {name} no es un acuse de recibo de importación de CPIMS+ Trainer.</translation>
    </message>
    <message>
        <source>Rejected: {file_name} is not a CPIMS+ Trainer records bundle.</source>
        <translation>Rechazado: {file_name} no es un paquete de registros de CPIMS+ Trainer.</translation>
    </message>
    <message>
        <source>Rejected: {file_name} is damaged or truncated.</source>
        <translation>Rechazado: {file_name} está dañado o incompleto.</translation>
    </message>
    <message>
        <source>Rejected: {name} does not have the columns of format version 1.</source>
        <translation>Rechazado: {name} no tiene las columnas de la versión 1 del formato.</translation>
    </message>
    <message>
        <source>Rejected: {name} does not have the size the manifest says (tampered).</source>
        <translation>Rechazado: {name} no tiene el tamaño que indica el manifiesto (manipulado).</translation>
    </message>
    <message>
        <source>Rejected: {file_name} has format version {get!r}; this version of the app reads version {format_version}. Update the app that made or reads it.</source>
        <translation>Rechazado: {file_name} tiene la versión de formato {get!r}; esta versión de la aplicación lee la versión {format_version}. Actualice la aplicación que lo creó o que lo lee.</translation>
    </message>
    <message>
        <source>Rejected: {name} line {number} is too long (over {max_line_bytes} MiB); no record this app writes is that long (damaged or foreign).</source>
        <translation>Rechazado: la línea {number} de {name} es demasiado larga (más de {max_line_bytes} MiB); ningún registro que escribe esta aplicación es tan largo (dañado o de otro origen).</translation>
    </message>
    <message>
        <source>Rejected: the manifest is not in canonical form (tampered).</source>
        <translation>Rechazado: el manifiesto no está en forma canónica (manipulado).</translation>
    </message>
    <message>
        <source>Rejected: the manifest entry for {name} is malformed.</source>
        <translation>Rechazado: la entrada del manifiesto para {name} tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>Rejected: the manifest is incomplete or malformed.</source>
        <translation>Rechazado: el manifiesto está incompleto o tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>Rejected: the manifest&apos;s key, did and fingerprint disagree.</source>
        <translation>Rechazado: la clave, el did y la huella del manifiesto no coinciden.</translation>
    </message>
    <message>
        <source>Rejected: the manifest is too large.</source>
        <translation>Rechazado: el manifiesto es demasiado grande.</translation>
    </message>
    <message>
        <source>Rejected: {where} is nested too deeply (damaged or foreign).</source>
        <translation>Rechazado: {where} tiene demasiados niveles de anidamiento (dañado o de otro origen).</translation>
    </message>
    <message>
        <source>Rejected: {name} cannot be read (truncated or damaged).</source>
        <translation>Rechazado: no se puede leer {name} (incompleto o dañado).</translation>
    </message>
    <message>
        <source>Rejected: {name} is not a readable receipt (damaged or foreign).</source>
        <translation>Rechazado: {name} no es un acuse de recibo legible (dañado o de otro origen).</translation>
    </message>
    <message>
        <source>Rejected: {name} has receipt format version {get!r}.</source>
        <translation>Rechazado: {name} tiene la versión de formato de acuse de recibo {get!r}.</translation>
    </message>
    <message>
        <source>Rejected: the receipt is incomplete or malformed.</source>
        <translation>Rechazado: el acuse de recibo está incompleto o tiene un formato incorrecto.</translation>
    </message>
    <message>
        <source>Rejected: the receipt&apos;s key, did and fingerprint disagree.</source>
        <translation>Rechazado: la clave, el did y la huella del acuse de recibo no coinciden.</translation>
    </message>
    <message>
        <source>Rejected: {name} is not a records bundle (not a readable zip).</source>
        <translation>Rechazado: {name} no es un paquete de registros (no es un zip legible).</translation>
    </message>
    <message>
        <source>Rejected: {file_name} is not a records bundle (no signed manifest).</source>
        <translation>Rechazado: {file_name} no es un paquete de registros (no tiene manifiesto firmado).</translation>
    </message>
    <message>
        <source>Rejected: the signature does not match the manifest (tampered or damaged).</source>
        <translation>Rechazado: la firma no coincide con el manifiesto (manipulado o dañado).</translation>
    </message>
    <message>
        <source>Rejected: the signature of {name} does not match (tampered or damaged).</source>
        <translation>Rechazado: la firma de {name} no coincide (manipulado o dañado).</translation>
    </message>
    <message>
        <source>Rejected: {name} is too large.</source>
        <translation>Rechazado: {name} es demasiado grande.</translation>
    </message>
    <message>
        <source>Rejected: {name} is too large to be a receipt.</source>
        <translation>Rechazado: {name} es demasiado grande para ser un acuse de recibo.</translation>
    </message>
    <message>
        <source>Rejected: {where} is not valid JSON (damaged or foreign).</source>
        <translation>Rechazado: {where} no es JSON válido (dañado o de otro origen).</translation>
    </message>
    <message>
        <source>{name}: a row does not have the {count} expected values.</source>
        <translation>{name}: una fila no tiene los {count} valores esperados.</translation>
    </message>
    <message>
        <source>{name}: &apos;{name2}&apos; has no time zone.</source>
        <translation>{name}: «{name2}» no tiene zona horaria.</translation>
    </message>
    <message>
        <source>{name}: &apos;{name2}&apos; has a value of the wrong type.</source>
        <translation>{name}: «{name2}» tiene un valor de tipo incorrecto.</translation>
    </message>
    <message>
        <source>Certificate {id} was already revoked on {revoked_at:%Y-%m-%d}.</source>
        <translation>El certificado {id} ya se revocó el {revoked_at:%Y-%m-%d}.</translation>
    </message>
    <message>
        <source>A certificate for this track was issued at the same moment.</source>
        <translation>Se emitió un certificado para este itinerario en el mismo momento.</translation>
    </message>
    <message>
        <source>No certificates match: nothing was written.</source>
        <translation>Ningún certificado coincide: no se escribió nada.</translation>
    </message>
    <message>
        <source>{out} could not be written: {strerror}.</source>
        <translation>No se pudo escribir {out}: {strerror}.</translation>
    </message>
    <message>
        <source>{out_dir} could not be written: {strerror}.</source>
        <translation>No se pudo escribir {out_dir}: {strerror}.</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not filled. Free some space.</source>
        <translation>El disco está lleno: no se completó {name}. Libere algo de espacio.</translation>
    </message>
    <message>
        <source>Give the reason for revoking the certificate.</source>
        <translation>Indique el motivo para revocar el certificado.</translation>
    </message>
    <message>
        <source>{path}: not an intact certificate ({reason}); its issuer was not trusted.</source>
        <translation>{path}: no es un certificado intacto ({reason}); no se confió en su emisor.</translation>
    </message>
    <message>
        <source>malformed: not a certificate (expected a PDF, a JSON credential or a TC1 token)</source>
        <translation>malformed: no es un certificado (se esperaba un PDF, una credencial JSON o un token TC1)</translation>
    </message>
    <message>
        <source>malformed: larger than {max_file_bytes} MB</source>
        <translation>malformed: mayor de {max_file_bytes} MB</translation>
    </message>
    <message>
        <source>malformed: the PDF has no certificate attached (certificate.json)</source>
        <translation>malformed: el PDF no tiene ningún certificado adjunto (certificate.json)</translation>
    </message>
    <message>
        <source>malformed: the token is not ASCII text</source>
        <translation>malformed: el token no es texto ASCII</translation>
    </message>
    <message>
        <source>malformed: the token is too long</source>
        <translation>malformed: el token es demasiado largo</translation>
    </message>
    <message>
        <source>&apos;{certificate_id}&apos; matches {count} certificates; give more of the id.</source>
        <translation>«{certificate_id}» coincide con {count} certificados; indique una parte más larga del id.</translation>
    </message>
    <message>
        <source>No certificate with id &apos;{certificate_id}&apos;.</source>
        <translation>No hay ningún certificado con el id «{certificate_id}».</translation>
    </message>
    <message>
        <source>Pack {pack_id} has no certificate &apos;{certificate_id}&apos;.</source>
        <translation>El paquete {pack_id} no tiene ningún certificado «{certificate_id}».</translation>
    </message>
    <message>
        <source>cannot read the file: {strerror}</source>
        <translation>no se puede leer el archivo: {strerror}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {strerror}.</source>
        <translation>No se puede escribir {path}: {strerror}.</translation>
    </message>
    <message>
        <source>The checklist could not be written to {path}: {strerror}.</source>
        <translation>No se pudo escribir la lista de verificación en {path}: {strerror}.</translation>
    </message>
    <message>
        <source>The checklist could not be written to {path}.</source>
        <translation>No se pudo escribir la lista de verificación en {path}.</translation>
    </message>
    <message>
        <source>Give the {field}.</source>
        <translation>Complete el campo «{field}».</translation>
    </message>
    <message>
        <source>The {field} is longer than {limit} characters.</source>
        <translation>El campo «{field}» supera los {limit} caracteres.</translation>
    </message>
    <message>
        <source>&apos;{session_id}&apos; matches {count} sessions; give more of the id.</source>
        <translation>«{session_id}» coincide con {count} sesiones; indique una parte más larga del id.</translation>
    </message>
    <message>
        <source>No module {items} in pack &apos;{id}&apos;.</source>
        <translation>No hay ningún módulo {items} en el paquete «{id}».</translation>
    </message>
    <message>
        <source>Pick at least one module the session covered.</source>
        <translation>Elija al menos un módulo que haya cubierto la sesión.</translation>
    </message>
    <message>
        <source>No practical check &apos;{check_id}&apos; in pack &apos;{id}&apos; (known: {known}).</source>
        <translation>No hay ninguna evaluación práctica «{check_id}» en el paquete «{id}» (conocidas: {known}).</translation>
    </message>
    <message>
        <source>Rejected: a record in {name} ({get}) does not match its signature (tampered or damaged).</source>
        <translation>Rechazado: un registro de {name} ({get}) no coincide con su firma (manipulado o dañado).</translation>
    </message>
    <message>
        <source>This session was recorded on another laptop; attendance is added there.</source>
        <translation>Esta sesión se registró en otro portátil; la asistencia se añade allí.</translation>
    </message>
    <message>
        <source>No training session with id &apos;{session_id}&apos;.</source>
        <translation>No hay ninguna sesión de formación con el id «{session_id}».</translation>
    </message>
    <message>
        <source>Certificate branding is not available here.</source>
        <translation>La personalización de los certificados no está disponible aquí.</translation>
    </message>
    <message>
        <source>No certificate files (.pdf, .json) were found there.</source>
        <translation>No se encontraron archivos de certificado (.pdf, .json) en esa ubicación.</translation>
    </message>
    <message>
        <source>CPIMS+ Trainer is open on this data folder ({root}): close the window first, then run this command again. Nothing was changed.</source>
        <translation>CPIMS+ Trainer está abierto en esta carpeta de datos ({root}): cierre primero la ventana y luego vuelva a ejecutar este comando. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>That is not the current trainer passphrase: {error}</source>
        <translation>Esa no es la frase de contraseña de formador actual: {error}</translation>
    </message>
    <message>
        <source>Give both --value and --of (for example --value 83 --of 95).</source>
        <translation>Indique --value y --of (por ejemplo, --value 83 --of 95).</translation>
    </message>
    <message>
        <source>Give the new trainer passphrase with --file FILE, or run this in a terminal.</source>
        <translation>Indique la nueva frase de contraseña de formador con --file FILE, o ejecute esto en una terminal.</translation>
    </message>
    <message>
        <source>&apos;{import_id}&apos; matches {count} imports; give more of the id.</source>
        <translation>«{import_id}» coincide con {count} importaciones; indique una parte más larga del id.</translation>
    </message>
    <message>
        <source>&apos;{conflict}&apos; matches {count} open conflicts; give more of the id.</source>
        <translation>«{conflict}» coincide con {count} conflictos abiertos; indique una parte más larga del id.</translation>
    </message>
    <message>
        <source>This command changes shared data and needs the trainer passphrase: give it with --passphrase-file FILE or {env}, or run it in a terminal to be asked.</source>
        <translation>Este comando cambia datos compartidos y necesita la frase de contraseña de formador: indíquela con --passphrase-file FILE o {env}, o ejecútelo en una terminal para que se le pida.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; has no track for role &apos;{main_role}&apos;.</source>
        <translation>El paquete «{id}» no tiene ningún itinerario para el rol «{main_role}».</translation>
    </message>
    <message>
        <source>Cannot read the trainer passphrase file {path}: {error}</source>
        <translation>No se puede leer el archivo de la frase de contraseña de formador {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is too large to hold a trainer passphrase.</source>
        <translation>{path} es demasiado grande para contener una frase de contraseña de formador.</translation>
    </message>
    <message>
        <source>A trainer passphrase is already set: changing it needs the current trainer passphrase (--passphrase-file FILE or CPIMS_TRAINER_PASSPHRASE_FILE, or run it in a terminal).</source>
        <translation>Ya hay una frase de contraseña de formador: para cambiarla se necesita la actual (--passphrase-file FILE o CPIMS_TRAINER_PASSPHRASE_FILE, o ejecútelo en una terminal).</translation>
    </message>
    <message>
        <source>That is not the trainer passphrase: nothing was changed.</source>
        <translation>Esa no es la frase de contraseña de formador: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The JSON-LD context manifest in {folder} is missing or damaged.</source>
        <translation>El manifiesto de contextos JSON-LD de {folder} falta o está dañado.</translation>
    </message>
    <message>
        <source>malformed: {type_key} {kind!r} appears twice</source>
        <translation>malformed: {type_key} {kind!r} aparece dos veces</translation>
    </message>
    <message>
        <source>malformed: {char!r} is not a base58 character</source>
        <translation>malformed: {char!r} no es un carácter base58</translation>
    </message>
    <message>
        <source>malformed: base58 value too long</source>
        <translation>malformed: valor base58 demasiado largo</translation>
    </message>
    <message>
        <source>malformed: not base64url</source>
        <translation>malformed: no es base64url</translation>
    </message>
    <message>
        <source>malformed: @context must be exactly the VC 2.0 and Open Badges 3.0.3 contexts</source>
        <translation>malformed: @context debe ser exactamente los contextos de VC 2.0 y Open Badges 3.0.3</translation>
    </message>
    <message>
        <source>malformed: a credential is exactly one JSON-LD node</source>
        <translation>malformed: una credencial es exactamente un nodo JSON-LD</translation>
    </message>
    <message>
        <source>malformed: the document already has a proof</source>
        <translation>malformed: el documento ya tiene una prueba (proof)</translation>
    </message>
    <message>
        <source>malformed: the document has no @context</source>
        <translation>malformed: el documento no tiene @context</translation>
    </message>
    <message>
        <source>malformed: embedded @context is not allowed</source>
        <translation>malformed: no se permite un @context incrustado</translation>
    </message>
    <message>
        <source>malformed: {label} is empty</source>
        <translation>malformed: {label} está vacío</translation>
    </message>
    <message>
        <source>malformed: {type_key} entries are missing</source>
        <translation>malformed: faltan las entradas de {type_key}</translation>
    </message>
    <message>
        <source>malformed: evidence is not a list</source>
        <translation>malformed: evidence no es una lista</translation>
    </message>
    <message>
        <source>malformed: expected exactly one result</source>
        <translation>malformed: se esperaba exactamente un resultado</translation>
    </message>
    <message>
        <source>malformed: issued_at must be timezone-aware</source>
        <translation>malformed: issued_at debe incluir la zona horaria</translation>
    </message>
    <message>
        <source>malformed: issuer must be a did:key</source>
        <translation>malformed: issuer debe ser un did:key</translation>
    </message>
    <message>
        <source>malformed: JSON-LD {code_}</source>
        <translation>malformed: JSON-LD {code_}</translation>
    </message>
    <message>
        <source>malformed: JSON-LD context {url!r} is not pinned in this program</source>
        <translation>malformed: el contexto JSON-LD {url!r} no está fijado en este programa</translation>
    </message>
    <message>
        <source>malformed: {label} is missing or not an object</source>
        <translation>malformed: {label} falta o no es un objeto</translation>
    </message>
    <message>
        <source>malformed: {label} is missing or not text</source>
        <translation>malformed: {label} falta o no es texto</translation>
    </message>
    <message>
        <source>malformed: {type_key} is missing or not text</source>
        <translation>malformed: {type_key} falta o no es texto</translation>
    </message>
    <message>
        <source>malformed: multibase value must be base58btc (start with &apos;z&apos;)</source>
        <translation>malformed: el valor multibase debe ser base58btc (empezar por «z»)</translation>
    </message>
    <message>
        <source>malformed: non-canonical base64url</source>
        <translation>malformed: base64url no canónico</translation>
    </message>
    <message>
        <source>malformed: a credential is a JSON object</source>
        <translation>malformed: una credencial es un objeto JSON</translation>
    </message>
    <message>
        <source>malformed: practical check title is empty</source>
        <translation>malformed: el título de la evaluación práctica está vacío</translation>
    </message>
    <message>
        <source>malformed: no proof</source>
        <translation>malformed: no hay prueba (proof)</translation>
    </message>
    <message>
        <source>malformed: proof @context does not match the document @context</source>
        <translation>malformed: el @context de la prueba no coincide con el @context del documento</translation>
    </message>
    <message>
        <source>malformed: proof &apos;created&apos; is not a dateTime</source>
        <translation>malformed: «created» de la prueba no es un dateTime</translation>
    </message>
    <message>
        <source>malformed: proof is not an object</source>
        <translation>malformed: la prueba no es un objeto</translation>
    </message>
    <message>
        <source>malformed: proof has no proofValue</source>
        <translation>malformed: la prueba no tiene proofValue</translation>
    </message>
    <message>
        <source>malformed: proof purpose must be {proof_purpose}</source>
        <translation>malformed: el propósito de la prueba debe ser {proof_purpose}</translation>
    </message>
    <message>
        <source>malformed: proof sets are not supported (exactly one proof expected)</source>
        <translation>malformed: no se admiten conjuntos de pruebas (se espera exactamente una prueba)</translation>
    </message>
    <message>
        <source>malformed: proof type must be {proof_type}, not {get!r}</source>
        <translation>malformed: el tipo de la prueba debe ser {proof_type}, no {get!r}</translation>
    </message>
    <message>
        <source>malformed: proof has no verificationMethod</source>
        <translation>malformed: la prueba no tiene verificationMethod</translation>
    </message>
    <message>
        <source>malformed: proofValue ({error})</source>
        <translation>malformed: proofValue ({error})</translation>
    </message>
    <message>
        <source>malformed: proofValue is not a 64-byte Ed25519 signature</source>
        <translation>malformed: proofValue no es una firma Ed25519 de 64 bytes</translation>
    </message>
    <message>
        <source>malformed: score above 100</source>
        <translation>malformed: puntuación superior a 100</translation>
    </message>
    <message>
        <source>malformed: score must be between 0 and 1</source>
        <translation>malformed: la puntuación debe estar entre 0 y 1</translation>
    </message>
    <message>
        <source>malformed: score is not a percentage</source>
        <translation>malformed: la puntuación no es un porcentaje</translation>
    </message>
    <message>
        <source>malformed: type must include VerifiableCredential and OpenBadgeCredential</source>
        <translation>malformed: type debe incluir VerifiableCredential y OpenBadgeCredential</translation>
    </message>
    <message>
        <source>malformed: {label} is not a urn:uuid</source>
        <translation>malformed: {label} no es un urn:uuid</translation>
    </message>
    <message>
        <source>malformed: {label} is not a UUID</source>
        <translation>malformed: {label} no es un UUID</translation>
    </message>
    <message>
        <source>malformed: not valid JSON-LD</source>
        <translation>malformed: no es JSON-LD válido</translation>
    </message>
    <message>
        <source>malformed: validFrom is not a date and time</source>
        <translation>malformed: validFrom no es una fecha y hora</translation>
    </message>
    <message>
        <source>malformed: validFrom is missing</source>
        <translation>malformed: falta validFrom</translation>
    </message>
    <message>
        <source>malformed: validFrom has no time zone</source>
        <translation>malformed: validFrom no tiene zona horaria</translation>
    </message>
    <message>
        <source>malformed: verification method is not a did:key</source>
        <translation>malformed: el método de verificación no es un did:key</translation>
    </message>
    <message>
        <source>malformed: verification method key differs from the issuer key</source>
        <translation>malformed: la clave del método de verificación es distinta de la clave del emisor</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>The pinned JSON-LD context {name} does not match its SHA-256 in the manifest.</source>
        <translation>El contexto JSON-LD fijado {name} no coincide con su SHA-256 en el manifiesto.</translation>
    </message>
    <message>
        <source>The pinned JSON-LD context {name} is missing.</source>
        <translation>Falta el contexto JSON-LD fijado {name}.</translation>
    </message>
    <message>
        <source>undefined property: {items}</source>
        <translation>propiedad no definida: {items}</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>unsupported cryptosuite: {get!r}</source>
        <translation>cryptosuite no admitida: {get!r}</translation>
    </message>
    <message>
        <source>This data folder already has {existing} learner(s): put demo data in an empty data folder (--data-dir), never beside real records.</source>
        <translation>Esta carpeta de datos ya tiene {existing} participante(s): ponga los datos de demostración en una carpeta de datos vacía (--data-dir), nunca junto a registros reales.</translation>
    </message>
    <message>
        <source>Demo data needs 5 to {max_learners} learners (got {learners}).</source>
        <translation>Los datos de demostración necesitan entre 5 y {max_learners} participantes (se indicaron {learners}).</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not written. Free some space.</source>
        <translation>El disco está lleno: no se escribió {name}. Libere algo de espacio.</translation>
    </message>
    <message>
        <source>{path} could not be written: {strerror}.</source>
        <translation>No se pudo escribir {path}: {strerror}.</translation>
    </message>
    <message>
        <source>The agency name is longer than {limit} characters.</source>
        <translation>El nombre de la agencia supera los {limit} caracteres.</translation>
    </message>
    <message>
        <source>“{title}” was already signed off by {name} on {date}.</source>
        <translation>«{title}» ya fue aprobado por {name} el {date}.</translation>
    </message>
    <message>
        <source>“{title}” is closed; its evidence can no longer change.</source>
        <translation>«{title}» está cerrado; sus evidencias ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>La carpeta {parent} no existe.</translation>
    </message>
    <message>
        <source>No installed pack describes the rollout gates ({gates_file}).</source>
        <translation>Ningún paquete instalado describe los pasos de la implementación ({gates_file}).</translation>
    </message>
    <message>
        <source>“{title}” is locked: the step before it is not closed yet.</source>
        <translation>«{title}» está bloqueado: el paso anterior aún no está cerrado.</translation>
    </message>
    <message>
        <source>“{title}” is marked not applicable.</source>
        <translation>«{title}» está marcado como no aplicable.</translation>
    </message>
    <message>
        <source>“{title}” is measured: give {measure_label} as a number of a total (for example 83 of 95).</source>
        <translation>«{title}» se mide: indique {measure_label} como un número sobre un total (por ejemplo, 83 de 95).</translation>
    </message>
    <message>
        <source>“{title}” is measured: give the value as a number of a total (for example 83 of 95).</source>
        <translation>«{title}» se mide: indique el valor como un número sobre un total (por ejemplo, 83 de 95).</translation>
    </message>
    <message>
        <source>“{title}” is not measured: give no value or total.</source>
        <translation>«{title}» no se mide: no indique ningún valor ni total.</translation>
    </message>
    <message>
        <source>No planned number for role &apos;{role}&apos; at &apos;{agency}&apos;.</source>
        <translation>No hay un número previsto para el rol «{role}» en «{agency}».</translation>
    </message>
    <message>
        <source>No planned number for role &apos;{role}&apos; at all agencies.</source>
        <translation>No hay un número previsto para el rol «{role}» en todas las agencias.</translation>
    </message>
    <message>
        <source>“{title}” cannot be marked not applicable: every rollout needs this step.</source>
        <translation>«{title}» no se puede marcar como no aplicable: toda implementación necesita este paso.</translation>
    </message>
    <message>
        <source>“{title}” cannot be signed off yet.</source>
        <translation>«{title}» aún no se puede aprobar.</translation>
    </message>
    <message>
        <source>A note is required: say where the proof is kept.</source>
        <translation>Se requiere una nota: indique dónde se guarda la prueba.</translation>
    </message>
    <message>
        <source>The planned number must be a whole number, 0 or more.</source>
        <translation>El número previsto debe ser un número entero, 0 o mayor.</translation>
    </message>
    <message>
        <source>{gates_file} has {count} problem(s)</source>
        <translation>{gates_file} tiene {count} problema(s)</translation>
    </message>
    <message>
        <source>The readiness report is a PDF: give a file name ending in .pdf, not {name}.</source>
        <translation>El informe de preparación es un PDF: indique un nombre de archivo que termine en .pdf, no {name}.</translation>
    </message>
    <message>
        <source>A reason is required to mark a step not applicable.</source>
        <translation>Se requiere un motivo para marcar un paso como no aplicable.</translation>
    </message>
    <message>
        <source>{lines}</source>
        <translation>{lines}</translation>
    </message>
    <message>
        <source>Step &apos;{gate_id}&apos; has no evidence item &apos;{requirement_id}&apos;. Items: {items}.</source>
        <translation>El paso «{gate_id}» no tiene ninguna evidencia «{requirement_id}». Evidencias: {items}.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;. Roles: {known}.</source>
        <translation>Rol desconocido «{role}». Roles: {known}.</translation>
    </message>
    <message>
        <source>No rollout step &apos;{gate_id}&apos;. Steps: {known}.</source>
        <translation>No hay ningún paso de implementación «{gate_id}». Pasos: {known}.</translation>
    </message>
    <message>
        <source>The value must be a whole number from 0 to the total, and the total at least 1.</source>
        <translation>El valor debe ser un número entero entre 0 y el total, y el total debe ser al menos 1.</translation>
    </message>
    <message>
        <source>Writing PDF files is not available in this installation.</source>
        <translation>La escritura de archivos PDF no está disponible en esta instalación.</translation>
    </message>
    <message>
        <source>The chapter file {file} is missing from the pack.</source>
        <translation>Falta en el paquete el archivo de capítulo {file}.</translation>
    </message>
    <message>
        <source>The chapter file {file} is not UTF-8 text.</source>
        <translation>El archivo de capítulo {file} no es texto UTF-8.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a guide chapter.</source>
        <translation>«{title}» no es un capítulo de una guía.</translation>
    </message>
    <message>
        <source>This page is nested too deeply to show. Flatten the structure of the chapter.</source>
        <translation>Esta página tiene demasiados niveles de anidamiento para mostrarse. Simplifique la estructura del capítulo.</translation>
    </message>
    <message>
        <source>This page nests tables more than {depth} deep (notes and tips count as tables), which would take the reader minutes to lay out. Flatten the structure of the chapter.</source>
        <translation>Esta página anida tablas a más de {depth} niveles (las notas y los consejos cuentan como tablas), lo que tardaría minutos en mostrarse en el lector. Simplifique la estructura del capítulo.</translation>
    </message>
    <message>
        <source>The {field} is longer than {max_text_chars} characters; nothing was saved.</source>
        <translation>El campo «{field}» supera los {max_text_chars} caracteres; no se guardó nada.</translation>
    </message>
    <message>
        <source>No quiz with id &apos;{activity_id}&apos; in pack &apos;{id}&apos;.</source>
        <translation>No hay ningún cuestionario con el id «{activity_id}» en el paquete «{id}».</translation>
    </message>
    <message>
        <source>malformed: {error}</source>
        <translation>malformed: {error}</translation>
    </message>
    <message>
        <source>malformed: larger than {max_bytes} bytes</source>
        <translation>malformed: mayor de {max_bytes} bytes</translation>
    </message>
    <message>
        <source>malformed: nested deeper than {max_depth} levels</source>
        <translation>malformed: anidado a más de {max_depth} niveles</translation>
    </message>
    <message>
        <source>malformed: not UTF-8 text</source>
        <translation>malformed: no es texto UTF-8</translation>
    </message>
    <message>
        <source>malformed: not valid JSON ({msg} at line {lineno})</source>
        <translation>malformed: no es JSON válido ({msg} en la línea {lineno})</translation>
    </message>
    <message>
        <source>The device key file {path} is damaged or unreadable.</source>
        <translation>El archivo de clave del dispositivo {path} está dañado o no se puede leer.</translation>
    </message>
    <message>
        <source>The device key file {path} does not hold an Ed25519 key.</source>
        <translation>El archivo de clave del dispositivo {path} no contiene una clave Ed25519.</translation>
    </message>
    <message>
        <source>malformed: {did_or_method!r} is not a did:key</source>
        <translation>malformed: {did_or_method!r} no es un did:key</translation>
    </message>
    <message>
        <source>malformed: did:key is not an Ed25519 key</source>
        <translation>malformed: el did:key no es una clave Ed25519</translation>
    </message>
    <message>
        <source>malformed: did:key fragment does not match the key</source>
        <translation>malformed: el fragmento del did:key no coincide con la clave</translation>
    </message>
    <message>
        <source>malformed: an Ed25519 public key has 32 bytes</source>
        <translation>malformed: una clave pública Ed25519 tiene 32 bytes</translation>
    </message>
    <message>
        <source>malformed: not a multicodec Ed25519 private key</source>
        <translation>malformed: no es una clave privada Ed25519 multicodec</translation>
    </message>
    <message>
        <source>&apos;{id_or_prefix}&apos; matches {count} learners; give more of the id.</source>
        <translation>«{id_or_prefix}» coincide con {count} participantes; indique una parte más larga del id.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Se requiere un nombre.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>El nombre supera los {limit} caracteres.</translation>
    </message>
    <message>
        <source>No learner matches &apos;{id_or_prefix}&apos;.</source>
        <translation>Ningún participante coincide con «{id_or_prefix}».</translation>
    </message>
    <message>
        <source>No learner with id {learner_id}.</source>
        <translation>No hay ningún participante con el id {learner_id}.</translation>
    </message>
    <message>
        <source>A PIN must be 4 to 8 digits.</source>
        <translation>Un PIN debe tener entre 4 y 8 dígitos.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;. Known roles: {known}.</source>
        <translation>Rol desconocido «{role}». Roles conocidos: {known}.</translation>
    </message>
    <message>
        <source>The export could not be written to {out} ({strerror}); nothing was written.</source>
        <translation>No se pudo escribir la exportación en {out} ({strerror}); no se escribió nada.</translation>
    </message>
    <message>
        <source>No LRS is configured: set one in Settings or pass --endpoint.</source>
        <translation>No hay ningún LRS configurado: configure uno en Configuración o use --endpoint.</translation>
    </message>
    <message>
        <source>The {field} must be an http:// or https:// address, not &apos;{value}&apos;.</source>
        <translation>El campo «{field}» debe ser una dirección http:// o https://, no «{value}».</translation>
    </message>
    <message>
        <source>The password file {path} does not exist.</source>
        <translation>El archivo de contraseña {path} no existe.</translation>
    </message>
    <message>
        <source>The password file {path} cannot be read: {strerror}.</source>
        <translation>No se puede leer el archivo de contraseña {path}: {strerror}.</translation>
    </message>
    <message>
        <source>The bundled pack cannot be removed.</source>
        <translation>El paquete incluido con la aplicación no se puede quitar.</translation>
    </message>
    <message>
        <source>No content pack is installed.</source>
        <translation>No hay ningún paquete de contenido instalado.</translation>
    </message>
    <message>
        <source>No content pack at {path}: it is neither a folder nor a file.</source>
        <translation>No hay ningún paquete de contenido en {path}: no es ni una carpeta ni un archivo.</translation>
    </message>
    <message>
        <source>Could not install the pack into {packs_dir}: {strerror}</source>
        <translation>No se pudo instalar el paquete en {packs_dir}: {strerror}</translation>
    </message>
    <message>
        <source>Could not remove the pack {pack_id!r}: {strerror}</source>
        <translation>No se pudo quitar el paquete {pack_id!r}: {strerror}</translation>
    </message>
    <message>
        <source>{name} is archived and cannot {field}.</source>
        <translation>{name} está archivado y no puede {field}.</translation>
    </message>
    <message>
        <source>Rejected: {name} line {line}. {reason}</source>
        <translation>Rechazado: {name}, línea {line}. {reason}</translation>
    </message>
    <message>
        <source>Rejected: {name} line {line} is nested too deeply (damaged or foreign).</source>
        <translation>Rechazado: {name}, línea {line}, tiene demasiados niveles de anidamiento (dañado o de otro origen).</translation>
    </message>
    <message>
        <source>Rejected: {name} line {line} is not valid JSON (damaged or foreign).</source>
        <translation>Rechazado: {name}, línea {line}, no es JSON válido (dañado o de otro origen).</translation>
    </message>
    <message>
        <source>Rejected: {name} line {line}, the {table} record {key}. {reason}</source>
        <translation>Rechazado: {name}, línea {line}, registro {key} de {table}. {reason}</translation>
    </message>
    <message>
        <source>Cancelled: this file and the ones after it were not read.</source>
        <translation>Cancelado: no se leyeron este archivo ni los siguientes.</translation>
    </message>
    <message>
        <source>Only a learner with the coordinator role can {field}; {name} is not a coordinator.</source>
        <translation>Solo un participante con el rol de coordinador puede {field}; {name} no es coordinador.</translation>
    </message>
    <message>
        <source>The content pack at {root} cannot be used; problems found: {count}.</source>
        <translation>No se puede usar el paquete de contenido de {root}; problemas encontrados: {count}.</translation>
    </message>
    <message>
        <source>{name} was not installed; problems found: {count}.</source>
        <translation>No se instaló {name}; problemas encontrados: {count}.</translation>
    </message>
    <message>
        <source>No installed pack with id {pack_id!r}.</source>
        <translation>No hay ningún paquete instalado con el id {pack_id!r}.</translation>
    </message>
    <message>
        <source>No installed pack with id &apos;{pack_id}&apos;.</source>
        <translation>No hay ningún paquete instalado con el id «{pack_id}».</translation>
    </message>
    <message>
        <source>{pack_id!r} is not a pack id.</source>
        <translation>{pack_id!r} no es un id de paquete.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; has the id of the bundled pack; give it another id.</source>
        <translation>El paquete «{id}» tiene el id del paquete incluido con la aplicación; asígnele otro id.</translation>
    </message>
    <message>
        <source>This page is nested too deeply to show (more than {max_depth} levels of lists, quotes or HTML elements). Flatten the structure of the chapter.</source>
        <translation>Esta página tiene demasiados niveles de anidamiento para mostrarse (más de {max_depth} niveles de listas, citas o elementos HTML). Simplifique la estructura del capítulo.</translation>
    </message>
    <message>
        <source>This page is too large to show ({size:.1f} MB of text; the limit is {max_bytes:.0f} MB). Split the chapter into smaller ones.</source>
        <translation>Esta página es demasiado grande para mostrarse ({size:.1f} MB de texto; el límite es {max_bytes:.0f} MB). Divida el capítulo en capítulos más pequeños.</translation>
    </message>
    <message>
        <source>question {value}: option {option!r} reads as a careless or dishonest act nobody would pick: write a distractor that someone who skipped the lesson could choose</source>
        <translation>pregunta {value}: la opción {option!r} describe un acto descuidado o deshonesto que nadie elegiría: escriba un distractor que alguien que no siguió la lección podría elegir</translation>
    </message>
    <message>
        <source>question id {value!r} is already in this bank by reference (line {line})</source>
        <translation>el identificador de pregunta {value!r} ya está en este banco por referencia (línea {line})</translation>
    </message>
    <message>
        <source>{what}: question {value!r} is already in this bank (line {line})</source>
        <translation>{what}: la pregunta {value!r} ya está en este banco (línea {line})</translation>
    </message>
    <message>
        <source>{what} id {value!r} is not valid: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>el identificador de {what} {value!r} no es válido: use letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;, empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>{what}: {value!r} is not a language code such as &apos;fr&apos; or &apos;pt-BR&apos;</source>
        <translation>{what}: {value!r} no es un código de idioma como &apos;fr&apos; o &apos;pt-BR&apos;</translation>
    </message>
    <message>
        <source>{what}: &apos;pairs&apos; must be a list of [left, right] string pairs</source>
        <translation>{what}: &apos;pairs&apos; debe ser una lista de pares de textos [izquierda, derecha]</translation>
    </message>
    <message>
        <source>the bank {path} cannot be read</source>
        <translation>el banco {path} no se puede leer</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>no se puede leer el archivo: {detail}</translation>
    </message>
    <message>
        <source>certificate {certificate!r} serves step {step}, so the gate of step {gate_step} cannot count it</source>
        <translation>el certificado {certificate!r} corresponde a la etapa {step}, así que el hito de la etapa {gate_step} no puede contarlo</translation>
    </message>
    <message>
        <source>certificate {certificate!r} needs activity {activity!r} (module {module!r}), which the gate of step {later_step} ({later_gate}) counts as requirement {requirement!r}: the gate of step {step} cannot need later work; move that activity out of the certificate&apos;s modules or count another certificate</source>
        <translation>el certificado {certificate!r} requiere la actividad {activity!r} (módulo {module!r}), que el hito de la etapa {later_step} ({later_gate}) cuenta como requisito {requirement!r}: el hito de la etapa {step} no puede requerir trabajo posterior; saque esa actividad de los módulos del certificado o cuente otro certificado</translation>
    </message>
    <message>
        <source>{what}: &apos;modules&apos; must name at least one module of the track</source>
        <translation>{what}: &apos;modules&apos; debe nombrar al menos un módulo del itinerario</translation>
    </message>
    <message>
        <source>{what}: give either [[track.certificates]] or [track.certificate], not both</source>
        <translation>{what}: indique [[track.certificates]] o [track.certificate], no ambos</translation>
    </message>
    <message>
        <source>{what}: [[track.certificates]] lists no certificate</source>
        <translation>{what}: [[track.certificates]] no incluye ningún certificado</translation>
    </message>
    <message>
        <source>{what}: missing [[track.certificates]] (or the older [track.certificate])</source>
        <translation>{what}: falta [[track.certificates]] (o el antiguo [track.certificate])</translation>
    </message>
    <message>
        <source>a chapter must end with a &apos;## Summary&apos; section</source>
        <translation>un capítulo debe terminar con una sección &apos;## Summary&apos;</translation>
    </message>
    <message>
        <source>a chapter must start with a level-1 heading (`# Title`)</source>
        <translation>un capítulo debe empezar con un encabezado de nivel 1 (`# Title`)</translation>
    </message>
    <message>
        <source>cannot read the chapter: it must be a UTF-8 text file</source>
        <translation>no se puede leer el capítulo: debe ser un archivo de texto UTF-8</translation>
    </message>
    <message>
        <source>{what}: correct answer {value!r} is not one of the options</source>
        <translation>{what}: la respuesta correcta {value!r} no es una de las opciones</translation>
    </message>
    <message>
        <source>{what}: draw = {draw} but the bank has only {count} items</source>
        <translation>{what}: draw = {draw} pero el banco solo tiene {count} elementos</translation>
    </message>
    <message>
        <source>duplicate {what} id {value!r} (first defined at {where})</source>
        <translation>identificador de {what} {value!r} duplicado (definido primero en {where})</translation>
    </message>
    <message>
        <source>duplicate {what} id {value!r}</source>
        <translation>identificador de {what} {value!r} duplicado</translation>
    </message>
    <message>
        <source>question {value} asks the same as {first_id} ({first}): share that question by reference (ref = &quot;{bank}#{first_id}&quot;) instead of asking it twice</source>
        <translation>la pregunta {value} pregunta lo mismo que {first_id} ({first}): comparta esa pregunta por referencia (ref = &quot;{bank}#{first_id}&quot;) en lugar de hacerla dos veces</translation>
    </message>
    <message>
        <source>duplicate requirement id {value!r} in gate {gate} (first at line {first})</source>
        <translation>identificador de requisito {value!r} duplicado en el hito {gate} (primero en la línea {first})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must not be empty</source>
        <translation>{what}: &apos;{key}&apos; no debe estar vacío</translation>
    </message>
    <message>
        <source>{what}: give exactly one of &apos;{key}&apos; and &apos;{other}&apos;</source>
        <translation>{what}: indique exactamente uno de &apos;{key}&apos; y &apos;{other}&apos;</translation>
    </message>
    <message>
        <source>{share} of {count} true/false items are &apos;false&apos; (target {low}–{high}): a learner who always answers the same scores without the lesson; rewrite some as statements of the other kind</source>
        <translation>{share} de {count} elementos de verdadero/falso tienen la respuesta &apos;false&apos; (objetivo {low}–{high}): quien responde siempre lo mismo aprueba sin la lección; reescriba algunos como afirmaciones del otro tipo</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <source>file {path!r} not found</source>
        <translation>archivo {path!r} no encontrado</translation>
    </message>
    <message>
        <source>the file is over {max_mb} MB: split it up</source>
        <translation>el archivo supera {max_mb} MB: divídalo</translation>
    </message>
    <message>
        <source>{what}: gate {value!r} is step {step}; a gate can only require an earlier step than its own ({own})</source>
        <translation>{what}: el hito {value!r} está en la etapa {step}; un hito solo puede requerir una etapa anterior a la suya ({own})</translation>
    </message>
    <message>
        <source>heading {title!r} repeats an earlier one (anchor #{anchor})</source>
        <translation>el encabezado {title!r} repite uno anterior (ancla #{anchor})</translation>
    </message>
    <message>
        <source>image {url!r} does not name a file</source>
        <translation>la imagen {url!r} no nombra un archivo</translation>
    </message>
    <message>
        <source>the key is the single longest option in {share} of {count} single-choice items (target ≤ {target}): a learner who picks the longest option scores without the lesson; tighten keys or lengthen good distractors (e.g. {examples})</source>
        <translation>la respuesta correcta es la opción más larga en {share} de {count} elementos de opción única (objetivo ≤ {target}): quien elige la opción más larga aprueba sin la lección; acorte las respuestas o alargue buenos distractores (p. ej. {examples})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a table</source>
        <translation>{what}: &apos;{key}&apos; debe ser una tabla</translation>
    </message>
    <message>
        <source>path {path!r} is a symbolic link that leaves the pack</source>
        <translation>la ruta {path!r} es un enlace simbólico que sale del paquete</translation>
    </message>
    <message>
        <source>{what}: no section with anchor #{anchor} in {path}</source>
        <translation>{what}: no hay ninguna sección con el ancla #{anchor} en {path}</translation>
    </message>
    <message>
        <source>{what} is not allowed (only http(s), mailto and files inside the pack) and will be removed</source>
        <translation>{what} no está permitido (solo http(s), mailto y archivos dentro del paquete) y se quitará</translation>
    </message>
    <message>
        <source>list item indented by {spaces} spaces: indent nested lists by four</source>
        <translation>elemento de lista sangrado con {spaces} espacios: sangre las listas anidadas con cuatro</translation>
    </message>
    <message>
        <source>{what}: &apos;practical_checks&apos; lists a check twice</source>
        <translation>{what}: &apos;practical_checks&apos; incluye una evaluación dos veces</translation>
    </message>
    <message>
        <source>{what}: &apos;modules&apos; lists a module twice</source>
        <translation>{what}: &apos;modules&apos; incluye un módulo dos veces</translation>
    </message>
    <message>
        <source>{what}: missing required key &apos;{key}&apos;</source>
        <translation>{what}: falta la clave obligatoria &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{what}: a module needs at least one activity</source>
        <translation>{what}: un módulo necesita al menos una actividad</translation>
    </message>
    <message>
        <source>{what}: module {value!r} is not one of the track&apos;s modules ({known})</source>
        <translation>{what}: el módulo {value!r} no es uno de los módulos del itinerario ({known})</translation>
    </message>
    <message>
        <source>{what}: module {value!r} is listed twice</source>
        <translation>{what}: el módulo {value!r} aparece dos veces</translation>
    </message>
    <message>
        <source>{what} must be a table</source>
        <translation>{what} debe ser una tabla</translation>
    </message>
    <message>
        <source>{what}: a scenario part cannot itself be a scenario</source>
        <translation>{what}: una parte de un escenario no puede ser a su vez un escenario</translation>
    </message>
    <message>
        <source>{what}: no correct answer (&apos;correct&apos; lists the right option texts)</source>
        <translation>{what}: no hay respuesta correcta (&apos;correct&apos; enumera los textos de las opciones correctas)</translation>
    </message>
    <message>
        <source>{what}: it has no gates</source>
        <translation>{what}: no tiene ningún hito</translation>
    </message>
    <message>
        <source>{reason}: a content pack holds content/pack.toml</source>
        <translation>{reason}: un paquete de contenido contiene content/pack.toml</translation>
    </message>
    <message>
        <source>{what}: it has no questions</source>
        <translation>{what}: no tiene ninguna pregunta</translation>
    </message>
    <message>
        <source>{what}: at least one requirement is needed ([[gates.requirements]])</source>
        <translation>{what}: se necesita al menos un requisito ([[gates.requirements]])</translation>
    </message>
    <message>
        <source>{what}: at least one role is required ([[roles]] with id and title)</source>
        <translation>{what}: se requiere al menos un rol ([[roles]] con id y title)</translation>
    </message>
    <message>
        <source>{what}: it has no steps</source>
        <translation>{what}: no tiene ningún paso</translation>
    </message>
    <message>
        <source>{what}: &apos;track_files&apos; must list at least one track file</source>
        <translation>{what}: &apos;track_files&apos; debe incluir al menos un archivo de itinerario</translation>
    </message>
    <message>
        <source>{what}: missing the [track] table</source>
        <translation>{what}: falta la tabla [track]</translation>
    </message>
    <message>
        <source>{what}: track {value!r} awards no whole-track certificate; name one of its certificates with &apos;certificate = ...&apos; ({known})</source>
        <translation>{what}: el itinerario {value!r} no otorga ningún certificado de itinerario completo; nombre uno de sus certificados con &apos;certificate = ...&apos; ({known})</translation>
    </message>
    <message>
        <source>{path!r} is not a file</source>
        <translation>{path!r} no es un archivo</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be true or false</source>
        <translation>{what}: &apos;{key}&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be between 0 and 1 (got {value})</source>
        <translation>{what}: &apos;{key}&apos; debe estar entre 0 y 1 (valor: {value})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a number</source>
        <translation>{what}: &apos;{key}&apos; debe ser un número</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be one of {known} (got {value!r})</source>
        <translation>{what}: &apos;{key}&apos; debe ser uno de {known} (valor: {value!r})</translation>
    </message>
    <message>
        <source>not a pack folder or a .zip file</source>
        <translation>no es una carpeta de paquete ni un archivo .zip</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be more than 0</source>
        <translation>{what}: &apos;{key}&apos; debe ser mayor que 0</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be more than 0 and at most 1 (got {value})</source>
        <translation>{what}: &apos;{key}&apos; debe ser mayor que 0 y como máximo 1 (valor: {value})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a string</source>
        <translation>{what}: &apos;{key}&apos; debe ser un texto</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a list of strings</source>
        <translation>{what}: &apos;{key}&apos; debe ser una lista de textos</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be an array of tables</source>
        <translation>{what}: &apos;{key}&apos; debe ser una matriz de tablas</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>el archivo no es UTF-8 válido</translation>
    </message>
    <message>
        <source>{what}: activity {value!r} is a {kind}, not a walkthrough</source>
        <translation>{what}: la actividad {value!r} es de tipo {kind}, no un ejercicio guiado</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a whole number</source>
        <translation>{what}: &apos;{key}&apos; debe ser un número entero</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; applies only with &apos;{other}&apos;</source>
        <translation>{what}: &apos;{key}&apos; solo se aplica con &apos;{other}&apos;</translation>
    </message>
    <message>
        <source>{what}: the left sides of &apos;pairs&apos; repeat a value</source>
        <translation>{what}: los lados izquierdos de &apos;pairs&apos; repiten un valor</translation>
    </message>
    <message>
        <source>{what}: the right sides of &apos;pairs&apos; repeat a value</source>
        <translation>{what}: los lados derechos de &apos;pairs&apos; repiten un valor</translation>
    </message>
    <message>
        <source>path {path!r} is absolute: paths are relative to the pack root</source>
        <translation>la ruta {path!r} es absoluta: las rutas son relativas a la raíz del paquete</translation>
    </message>
    <message>
        <source>path {path!r} uses backslashes: use forward slashes</source>
        <translation>la ruta {path!r} usa barras invertidas: use barras normales (/)</translation>
    </message>
    <message>
        <source>path {path!r} contains &apos;..&apos;: paths must stay inside the pack</source>
        <translation>la ruta {path!r} contiene &apos;..&apos;: las rutas deben quedar dentro del paquete</translation>
    </message>
    <message>
        <source>path {path!r} names a drive: paths are relative to the pack root</source>
        <translation>la ruta {path!r} nombra una unidad: las rutas son relativas a la raíz del paquete</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>la ruta está vacía</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>la ruta contiene un carácter NUL</translation>
    </message>
    <message>
        <source>{what}: prerequisite cycle {cycle} (no module of it could ever open)</source>
        <translation>{what}: ciclo de requisitos previos {cycle} (ninguno de sus módulos podría abrirse nunca)</translation>
    </message>
    <message>
        <source>ref {ref!r} must be FILE#question-id, e.g. quizzes/bank.toml#bank-01</source>
        <translation>la referencia {ref!r} debe tener la forma ARCHIVO#id-pregunta, p. ej. quizzes/bank.toml#bank-01</translation>
    </message>
    <message>
        <source>ref {ref!r}: {value!r} is not a valid question id</source>
        <translation>referencia {ref!r}: {value!r} no es un identificador de pregunta válido</translation>
    </message>
    <message>
        <source>{what}: reference cycle {chain}</source>
        <translation>{what}: ciclo de referencias {chain}</translation>
    </message>
    <message>
        <source>{what}: &apos;ref&apos; takes no other keys (found {found})</source>
        <translation>{what}: &apos;ref&apos; no admite otras claves (encontradas: {found})</translation>
    </message>
    <message>
        <source>a reference needs the pack folder</source>
        <translation>una referencia necesita la carpeta del paquete</translation>
    </message>
    <message>
        <source>{what}: ref {ref!r}: question {value!r} is not found there</source>
        <translation>{what}: referencia {ref!r}: la pregunta {value!r} no está allí</translation>
    </message>
    <message>
        <source>&apos;ref&apos; must be a string FILE#question-id</source>
        <translation>&apos;ref&apos; debe ser un texto ARCHIVO#id-pregunta</translation>
    </message>
    <message>
        <source>ref {ref!r} must name a question bank (.toml)</source>
        <translation>la referencia {ref!r} debe nombrar un banco de preguntas (.toml)</translation>
    </message>
    <message>
        <source>ref {ref!r}: {reason}</source>
        <translation>referencia {ref!r}: {reason}</translation>
    </message>
    <message>
        <source>{what}: ref {ref!r}: {reason}</source>
        <translation>{what}: referencia {ref!r}: {reason}</translation>
    </message>
    <message>
        <source>{what}: ref {ref!r}: question {value!r} is a part of scenario {owner!r}: refer to the scenario</source>
        <translation>{what}: referencia {ref!r}: la pregunta {value!r} es una parte del escenario {owner!r}: haga referencia al escenario</translation>
    </message>
    <message>
        <source>{what}: ref {ref!r} is a chain of more than {limit} references</source>
        <translation>{what}: la referencia {ref!r} es una cadena de más de {limit} referencias</translation>
    </message>
    <message>
        <source>remote image {url!r} will not be shown: put images inside the pack</source>
        <translation>la imagen remota {url!r} no se mostrará: ponga las imágenes dentro del paquete</translation>
    </message>
    <message>
        <source>{what}: {key} repeat {values}</source>
        <translation>{what}: {key} repite {values}</translation>
    </message>
    <message>
        <source>{what}: a scenario needs at least {minimum} parts (has {count})</source>
        <translation>{what}: un escenario necesita al menos {minimum} partes (tiene {count})</translation>
    </message>
    <message>
        <source>{what}: schema_version must be {known} (got {value})</source>
        <translation>{what}: schema_version debe ser {known} (valor: {value})</translation>
    </message>
    <message>
        <source>{what}: schema_version {value} is newer than this app understands ({known}); update CPIMS+ Trainer</source>
        <translation>{what}: schema_version {value} es más reciente de lo que esta aplicación entiende ({known}); actualice CPIMS+ Trainer</translation>
    </message>
    <message>
        <source>{what}: a single-answer question needs exactly one correct option</source>
        <translation>{what}: una pregunta de respuesta única necesita exactamente una opción correcta</translation>
    </message>
    <message>
        <source>source {source!r}: file {path!r} not found</source>
        <translation>fuente {source!r}: archivo {path!r} no encontrado</translation>
    </message>
    <message>
        <source>source {source!r} has no section anchor after &apos;#&apos;</source>
        <translation>la fuente {source!r} no tiene un ancla de sección después de &apos;#&apos;</translation>
    </message>
    <message>
        <source>{what}: source {source!r} must be FILE#anchor</source>
        <translation>{what}: la fuente {source!r} debe tener la forma ARCHIVO#ancla</translation>
    </message>
    <message>
        <source>source {source!r} must name a guide chapter (.md)</source>
        <translation>la fuente {source!r} debe nombrar un capítulo de la guía (.md)</translation>
    </message>
    <message>
        <source>source {source!r}: {reason}</source>
        <translation>fuente {source!r}: {reason}</translation>
    </message>
    <message>
        <source>source {source!r}: no section with anchor #{anchor} in {path}</source>
        <translation>fuente {source!r}: no hay ninguna sección con el ancla #{anchor} en {path}</translation>
    </message>
    <message>
        <source>{what}: step {step} comes after step {previous}: list the gates in increasing step order</source>
        <translation>{what}: la etapa {step} viene después de la etapa {previous}: enumere los hitos en orden creciente de etapa</translation>
    </message>
    <message>
        <source>{what}: step {step} is also the step of gate {gate!r}</source>
        <translation>{what}: la etapa {step} es también la del hito {gate!r}</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>{what}: subtitles for {language!r} must be a file path</source>
        <translation>{what}: los subtítulos para {language!r} deben ser una ruta de archivo</translation>
    </message>
    <message>
        <source>{what}: subtitles {path!r} must be a WebVTT (.vtt) file</source>
        <translation>{what}: los subtítulos {path!r} deben ser un archivo WebVTT (.vtt)</translation>
    </message>
    <message>
        <source>path {path!r} is a symbolic link: pack TOML files must be regular files</source>
        <translation>la ruta {path!r} es un enlace simbólico: los archivos TOML del paquete deben ser archivos normales</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail}</source>
        <translation>error de sintaxis TOML: {detail}</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail} (column {column})</source>
        <translation>error de sintaxis TOML: {detail} (columna {column})</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail} (at the end of the file)</source>
        <translation>error de sintaxis TOML: {detail} (al final del archivo)</translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation>anidamiento demasiado profundo</translation>
    </message>
    <message>
        <source>{what}: needs at least {minimum} {key} (has {count})</source>
        <translation>{what}: necesita al menos {minimum} {key} (tiene {count})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be at least {minimum:g} (got {value})</source>
        <translation>{what}: &apos;{key}&apos; debe ser al menos {minimum:g} (valor: {value})</translation>
    </message>
    <message>
        <source>{what}: track file {path!r} is listed twice</source>
        <translation>{what}: el archivo de itinerario {path!r} aparece dos veces</translation>
    </message>
    <message>
        <source>{what}: a track needs at least one module</source>
        <translation>{what}: un itinerario necesita al menos un módulo</translation>
    </message>
    <message>
        <source>{what}: a true_false question needs &apos;answer = true&apos; or &apos;answer = false&apos;</source>
        <translation>{what}: una pregunta true_false necesita &apos;answer = true&apos; o &apos;answer = false&apos;</translation>
    </message>
    <message>
        <source>{what}: unknown book {value!r} (books are listed in content/pack.toml)</source>
        <translation>{what}: libro desconocido {value!r} (los libros se enumeran en content/pack.toml)</translation>
    </message>
    <message>
        <source>{what}: unknown certificate {value!r} (certificates of the pack: {known})</source>
        <translation>{what}: certificado desconocido {value!r} (certificados del paquete: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown practical check {value!r} ([[practical_checks]] of the pack: {known})</source>
        <translation>{what}: evaluación práctica desconocida {value!r} ([[practical_checks]] del paquete: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown practical check {value!r} ([[practical_checks]] of the pack: none are defined)</source>
        <translation>{what}: evaluación práctica desconocida {value!r} ([[practical_checks]] del paquete: no hay ninguna definida)</translation>
    </message>
    <message>
        <source>{what}: unknown gate {value!r}</source>
        <translation>{what}: hito desconocido {value!r}</translation>
    </message>
    <message>
        <source>{what}: unknown key &apos;{key}&apos; (known keys: {known})</source>
        <translation>{what}: clave desconocida &apos;{key}&apos; (claves conocidas: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown kind {value!r} (use one of {known})</source>
        <translation>{what}: tipo desconocido {value!r} (use uno de {known})</translation>
    </message>
    <message>
        <source>{what}: unknown module {value!r}</source>
        <translation>{what}: módulo desconocido {value!r}</translation>
    </message>
    <message>
        <source>{what}: unknown prerequisite module {value!r}</source>
        <translation>{what}: módulo de requisito previo desconocido {value!r}</translation>
    </message>
    <message>
        <source>{what}: unknown role {value!r} (roles of the pack: {known})</source>
        <translation>{what}: rol desconocido {value!r} (roles del paquete: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown role {value!r} (roles are listed in content/pack.toml)</source>
        <translation>{what}: rol desconocido {value!r} (los roles se enumeran en content/pack.toml)</translation>
    </message>
    <message>
        <source>{what}: unknown site {value!r} (use one of {known})</source>
        <translation>{what}: sitio desconocido {value!r} (use uno de {known})</translation>
    </message>
    <message>
        <source>{what}: unknown track {value!r} (tracks of the pack: {known})</source>
        <translation>{what}: itinerario desconocido {value!r} (itinerarios del paquete: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown type {value!r} (use one of {known})</source>
        <translation>{what}: tipo desconocido {value!r} (use uno de {known})</translation>
    </message>
    <message>
        <source>{what}: unknown walkthrough activity {value!r}</source>
        <translation>{what}: actividad de ejercicio guiado desconocida {value!r}</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must name a {suffix} file (got {value!r})</source>
        <translation>{what}: &apos;{key}&apos; debe nombrar un archivo {suffix} (valor: {value!r})</translation>
    </message>
    <message>
        <source>No such pack file: {zip_path}</source>
        <translation>No existe el archivo de paquete: {zip_path}</translation>
    </message>
    <message>
        <source>No activity &apos;{activity_id}&apos; in pack &apos;{pack_id}&apos;.</source>
        <translation>No hay ninguna actividad «{activity_id}» en el paquete «{pack_id}».</translation>
    </message>
    <message>
        <source>Writing PDFs is not available here.</source>
        <translation>La escritura de PDF no está disponible aquí.</translation>
    </message>
    <message>
        <source>malformed: PDF array is too large</source>
        <translation>malformed: una matriz del PDF es demasiado grande</translation>
    </message>
    <message>
        <source>malformed: PDF has a chain of references that is too long</source>
        <translation>malformed: el PDF tiene una cadena de referencias demasiado larga</translation>
    </message>
    <message>
        <source>malformed: PDF compressed data is truncated</source>
        <translation>malformed: los datos comprimidos del PDF están incompletos</translation>
    </message>
    <message>
        <source>malformed: PDF compressed data is damaged</source>
        <translation>malformed: los datos comprimidos del PDF están dañados</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference offset points outside the file</source>
        <translation>malformed: el desplazamiento de referencias cruzadas del PDF apunta fuera del archivo</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference data is damaged</source>
        <translation>malformed: los datos de referencias cruzadas del PDF están dañados</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference stream has bad /W</source>
        <translation>malformed: el flujo de referencias cruzadas del PDF tiene un /W incorrecto</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference stream has bad /Index</source>
        <translation>malformed: el flujo de referencias cruzadas del PDF tiene un /Index incorrecto</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference table is damaged</source>
        <translation>malformed: la tabla de referencias cruzadas del PDF está dañada</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference entry is damaged</source>
        <translation>malformed: una entrada de referencias cruzadas del PDF está dañada</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference stream is too short</source>
        <translation>malformed: el flujo de referencias cruzadas del PDF es demasiado corto</translation>
    </message>
    <message>
        <source>malformed: PDF dictionary key is not a name</source>
        <translation>malformed: una clave de diccionario del PDF no es un nombre</translation>
    </message>
    <message>
        <source>malformed: PDF dictionary is too large</source>
        <translation>malformed: un diccionario del PDF es demasiado grande</translation>
    </message>
    <message>
        <source>malformed: PDF has no document catalog</source>
        <translation>malformed: el PDF no tiene catálogo de documento</translation>
    </message>
    <message>
        <source>malformed: PDF embedded data is larger than {max_bytes} bytes</source>
        <translation>malformed: los datos incrustados en el PDF superan los {max_bytes} bytes</translation>
    </message>
    <message>
        <source>malformed: PDF embedded file has no /Length</source>
        <translation>malformed: un archivo incrustado en el PDF no tiene /Length</translation>
    </message>
    <message>
        <source>malformed: PDF embedded file has no file specification</source>
        <translation>malformed: un archivo incrustado en el PDF no tiene especificación de archivo</translation>
    </message>
    <message>
        <source>malformed: PDF embedded file specification has no /EF</source>
        <translation>malformed: la especificación de un archivo incrustado en el PDF no tiene /EF</translation>
    </message>
    <message>
        <source>malformed: PDF embedded file has no data stream</source>
        <translation>malformed: un archivo incrustado en el PDF no tiene flujo de datos</translation>
    </message>
    <message>
        <source>malformed: PDF embedded-file list is too large</source>
        <translation>malformed: la lista de archivos incrustados del PDF es demasiado grande</translation>
    </message>
    <message>
        <source>malformed: PDF embedded-file list is damaged</source>
        <translation>malformed: la lista de archivos incrustados del PDF está dañada</translation>
    </message>
    <message>
        <source>malformed: PDF embeds two files named {name!r}</source>
        <translation>malformed: el PDF incrusta dos archivos llamados {name!r}</translation>
    </message>
    <message>
        <source>malformed: PDF ends in the middle of an object</source>
        <translation>malformed: el PDF termina en medio de un objeto</translation>
    </message>
    <message>
        <source>malformed: PDF header is missing (not a PDF file)</source>
        <translation>malformed: falta la cabecera del PDF (no es un archivo PDF)</translation>
    </message>
    <message>
        <source>malformed: PDF hex string is not closed</source>
        <translation>malformed: una cadena hexadecimal del PDF no está cerrada</translation>
    </message>
    <message>
        <source>malformed: PDF hex string has a character that is not a hex digit</source>
        <translation>malformed: una cadena hexadecimal del PDF tiene un carácter que no es un dígito hexadecimal</translation>
    </message>
    <message>
        <source>malformed: PDF is larger than {max_pdf_bytes} MB</source>
        <translation>malformed: el PDF supera los {max_pdf_bytes} MB</translation>
    </message>
    <message>
        <source>malformed: PDF has more than {max_attachments} embedded files</source>
        <translation>malformed: el PDF tiene más de {max_attachments} archivos incrustados</translation>
    </message>
    <message>
        <source>malformed: PDF object {number} is not closed</source>
        <translation>malformed: el objeto {number} del PDF no está cerrado</translation>
    </message>
    <message>
        <source>malformed: PDF object number is out of range</source>
        <translation>malformed: un número de objeto del PDF está fuera de rango</translation>
    </message>
    <message>
        <source>malformed: PDF object stream has bad /N or /First</source>
        <translation>malformed: un flujo de objetos del PDF tiene /N o /First incorrectos</translation>
    </message>
    <message>
        <source>malformed: PDF object stream index is damaged</source>
        <translation>malformed: el índice de un flujo de objetos del PDF está dañado</translation>
    </message>
    <message>
        <source>malformed: PDF object stream is missing</source>
        <translation>malformed: falta un flujo de objetos del PDF</translation>
    </message>
    <message>
        <source>malformed: PDF object stream is damaged</source>
        <translation>malformed: un flujo de objetos del PDF está dañado</translation>
    </message>
    <message>
        <source>malformed: PDF objects nested too deeply</source>
        <translation>malformed: los objetos del PDF tienen demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>malformed: PDF predicted stream has a partial row</source>
        <translation>malformed: un flujo con predictor del PDF tiene una fila incompleta</translation>
    </message>
    <message>
        <source>malformed: PDF startxref is not a valid offset</source>
        <translation>malformed: startxref del PDF no es un desplazamiento válido</translation>
    </message>
    <message>
        <source>malformed: PDF stream has no dictionary</source>
        <translation>malformed: un flujo del PDF no tiene diccionario</translation>
    </message>
    <message>
        <source>malformed: PDF stream filter {filters} is not supported</source>
        <translation>malformed: no se admite el filtro de flujo {filters} del PDF</translation>
    </message>
    <message>
        <source>malformed: PDF stream length does not match its data (truncated or damaged file)</source>
        <translation>malformed: la longitud de un flujo del PDF no coincide con sus datos (archivo incompleto o dañado)</translation>
    </message>
    <message>
        <source>malformed: PDF stream predictor is not supported</source>
        <translation>malformed: no se admite el predictor de flujo del PDF</translation>
    </message>
    <message>
        <source>malformed: PDF stream predictor row type is unknown</source>
        <translation>malformed: el tipo de fila del predictor de flujo del PDF es desconocido</translation>
    </message>
    <message>
        <source>malformed: PDF stream has no valid /Length</source>
        <translation>malformed: un flujo del PDF no tiene un /Length válido</translation>
    </message>
    <message>
        <source>malformed: PDF string is not closed</source>
        <translation>malformed: una cadena del PDF no está cerrada</translation>
    </message>
    <message>
        <source>malformed: PDF string is too long</source>
        <translation>malformed: una cadena del PDF es demasiado larga</translation>
    </message>
    <message>
        <source>malformed: PDF text is not a string</source>
        <translation>malformed: un texto del PDF no es una cadena</translation>
    </message>
    <message>
        <source>malformed: PDF has too many cross-reference sections</source>
        <translation>malformed: el PDF tiene demasiadas secciones de referencias cruzadas</translation>
    </message>
    <message>
        <source>malformed: PDF trailer is not a dictionary</source>
        <translation>malformed: el tráiler del PDF no es un diccionario</translation>
    </message>
    <message>
        <source>malformed: PDF is truncated (no end-of-file marker)</source>
        <translation>malformed: el PDF está incompleto (no tiene marcador de fin de archivo)</translation>
    </message>
    <message>
        <source>malformed: PDF has an unexpected token at byte {pos}</source>
        <translation>malformed: el PDF tiene un elemento inesperado en el byte {pos}</translation>
    </message>
    <message>
        <source>malformed: PDF value {kind} cannot be written</source>
        <translation>malformed: el valor de PDF {kind} no se puede escribir</translation>
    </message>
    <message>
        <source>malformed: PDF {what} is not where the cross-reference table says</source>
        <translation>malformed: {what} del PDF no está donde indica la tabla de referencias cruzadas</translation>
    </message>
    <message>
        <source>Activity &apos;{activity_id}&apos; is a {value}, not a {value2}.</source>
        <translation>La actividad «{activity_id}» es de tipo {value}, no {value2}.</translation>
    </message>
    <message>
        <source>Attending a session does not complete activity &apos;{activity_id}&apos;.</source>
        <translation>Asistir a una sesión no completa la actividad «{activity_id}».</translation>
    </message>
    <message>
        <source>The video&apos;s duration is unknown; nothing was recorded.</source>
        <translation>Se desconoce la duración del video; no se registró nada.</translation>
    </message>
    <message>
        <source>Activity &apos;{activity_id}&apos; is a {value}, not a quiz.</source>
        <translation>La actividad «{activity_id}» es de tipo {value}, no un cuestionario.</translation>
    </message>
    <message>
        <source>An answer must be text, true/false, a list of texts or a mapping of texts: {response!r}</source>
        <translation>Una respuesta debe ser un texto, verdadero/falso, una lista de textos o una correspondencia de textos: {response!r}</translation>
    </message>
    <message>
        <source>This attempt was already submitted: its answers can no longer change.</source>
        <translation>Este intento ya se envió: sus respuestas ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>This attempt is still open: submit it before reviewing it.</source>
        <translation>Este intento aún está abierto: envíelo antes de revisarlo.</translation>
    </message>
    <message>
        <source>The question bank {file} cannot be used: {first}</source>
        <translation>No se puede usar el banco de preguntas {file}: {first}</translation>
    </message>
    <message>
        <source>You have used all {count} attempts allowed for this quiz.</source>
        <translation>Ha usado los {count} intentos permitidos para este cuestionario.</translation>
    </message>
    <message>
        <source>Question bank {rel} has {count} problem(s)</source>
        <translation>El banco de preguntas {rel} tiene {count} problema(s)</translation>
    </message>
    <message>
        <source>The question bank {file} cannot be read: {strerror}.</source>
        <translation>No se puede leer el banco de preguntas {file}: {strerror}.</translation>
    </message>
    <message>
        <source>Question &apos;{question_id}&apos; is not part of this attempt.</source>
        <translation>La pregunta «{question_id}» no forma parte de este intento.</translation>
    </message>
    <message>
        <source>No quiz attempt with id {attempt_id}.</source>
        <translation>No hay ningún intento de cuestionario con el id {attempt_id}.</translation>
    </message>
    <message>
        <source>You can try this quiz again from {at:%Y-%m-%d %H:%M} UTC.</source>
        <translation>Puede volver a intentar este cuestionario a partir del {at:%Y-%m-%d %H:%M} UTC.</translation>
    </message>
    <message>
        <source>No bundle import with id {import_id}.</source>
        <translation>No hay ninguna importación de paquete con el id {import_id}.</translation>
    </message>
    <message>
        <source>That conflict does not exist or was resolved already.</source>
        <translation>Ese conflicto no existe o ya se resolvió.</translation>
    </message>
    <message>
        <source>&apos;{fingerprint}&apos; is not a key fingerprint.</source>
        <translation>«{fingerprint}» no es una huella de clave.</translation>
    </message>
    <message>
        <source>Nothing is kept aside for key {wanted}.</source>
        <translation>No hay nada apartado para la clave {wanted}.</translation>
    </message>
    <message>
        <source>Rejected: certificate {row} in the bundle does not verify ({error}).</source>
        <translation>Rechazado: el certificado {row} del paquete no supera la verificación ({error}).</translation>
    </message>
    <message>
        <source>Rejected: certificate {row} carries a credential with another id.</source>
        <translation>Rechazado: el certificado {row} contiene una credencial con otro id.</translation>
    </message>
    <message>
        <source>Rejected: {reason} Nothing from {name} was imported.</source>
        <translation>Rechazado: {reason} No se importó nada de {name}.</translation>
    </message>
    <message>
        <source>Rejected: {name} is a receipt for bundle {bundle_id}…, which was not exported from this installation.</source>
        <translation>Rechazado: {name} es un acuse de recibo del paquete {bundle_id}…, que no se exportó desde esta instalación.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD) or an ISO date and time.</source>
        <translation>«{text}» no es una fecha (AAAA-MM-DD) ni una fecha y hora ISO.</translation>
    </message>
    <message>
        <source>Writing PDF reports is not available here.</source>
        <translation>La escritura de informes PDF no está disponible aquí.</translation>
    </message>
    <message>
        <source>The readiness report could not be written to {path}: {detail}</source>
        <translation>No se pudo escribir el informe de preparación en {path}: {detail}</translation>
    </message>
    <message>
        <source>Unknown report format &apos;{format}&apos;. Use one of: {items}.</source>
        <translation>Formato de informe desconocido «{format}». Use uno de estos: {items}.</translation>
    </message>
    <message>
        <source>Unknown report view &apos;{view}&apos;. Use one of: {items}.</source>
        <translation>Vista de informe desconocida «{view}». Use una de estas: {items}.</translation>
    </message>
    <message>
        <source>The speaker notes {file} must hold &apos;notes&apos;, a list of strings.</source>
        <translation>Las notas del orador {file} deben contener &apos;notes&apos;, una lista de textos.</translation>
    </message>
    <message>
        <source>The speaker notes {file} cannot be read: it is not a readable TOML file.</source>
        <translation>No se pueden leer las notas del orador {file}: no es un archivo TOML legible.</translation>
    </message>
    <message>
        <source>The speaker notes {file} cannot be read: {problem}.</source>
        <translation>No se pueden leer las notas del orador {file}: {problem}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a slide deck.</source>
        <translation>«{title}» no es una presentación de diapositivas.</translation>
    </message>
    <message>
        <source>The slide deck {file} cannot be opened: {problem}.</source>
        <translation>No se puede abrir la presentación de diapositivas {file}: {problem}.</translation>
    </message>
    <message>
        <source>the certificate carries no status entry (issued before status lists)</source>
        <translation>el certificado no contiene ninguna entrada de estado (se emitió antes de las listas de estado)</translation>
    </message>
    <message>
        <source>malformed: not a BitstringStatusListCredential</source>
        <translation>malformed: no es una BitstringStatusListCredential</translation>
    </message>
    <message>
        <source>malformed: credentialStatus is not a BitstringStatusListEntry</source>
        <translation>malformed: credentialStatus no es una BitstringStatusListEntry</translation>
    </message>
    <message>
        <source>malformed: credentialStatus needs a revocation purpose, a list and an index</source>
        <translation>malformed: credentialStatus necesita un propósito de revocación, una lista y un índice</translation>
    </message>
    <message>
        <source>malformed: encodedList is not a GZIP bitstring</source>
        <translation>malformed: encodedList no es una cadena de bits GZIP</translation>
    </message>
    <message>
        <source>malformed: encodedList is not multibase base64url</source>
        <translation>malformed: encodedList no es base64url multibase</translation>
    </message>
    <message>
        <source>malformed: the status list has no BitstringStatusList subject</source>
        <translation>malformed: la lista de estado no tiene un sujeto BitstringStatusList</translation>
    </message>
    <message>
        <source>malformed: the status list names no issuer or id</source>
        <translation>malformed: la lista de estado no indica emisor ni id</translation>
    </message>
    <message>
        <source>malformed: the status list is not for revocation</source>
        <translation>malformed: la lista de estado no es para revocación</translation>
    </message>
    <message>
        <source>malformed: the status list is shorter than 131,072 entries</source>
        <translation>malformed: la lista de estado tiene menos de 131 072 entradas</translation>
    </message>
    <message>
        <source>malformed: the status list is too large</source>
        <translation>malformed: la lista de estado es demasiado grande</translation>
    </message>
    <message>
        <source>malformed: statusListIndex is not a base-10 index within the list</source>
        <translation>malformed: statusListIndex no es un índice en base 10 dentro de la lista</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({strerror}).</source>
        <translation>{path}: no se puede leer ({strerror}).</translation>
    </message>
    <message>
        <source>status index {index} is outside the list</source>
        <translation>el índice de estado {index} está fuera de la lista</translation>
    </message>
    <message>
        <source>status list: {reason}</source>
        <translation>lista de estado: {reason}</translation>
    </message>
    <message>
        <source>The status list address must be an https:// URL without spaces or &apos;#&apos;.</source>
        <translation>La dirección de la lista de estado debe ser una URL https:// sin espacios ni «#».</translation>
    </message>
    <message>
        <source>the status list is full</source>
        <translation>la lista de estado está llena</translation>
    </message>
    <message>
        <source>the status list is not the one this certificate points to</source>
        <translation>la lista de estado no es la que indica este certificado</translation>
    </message>
    <message>
        <source>the status list is not signed by the certificate&apos;s issuer</source>
        <translation>la lista de estado no está firmada por el emisor del certificado</translation>
    </message>
    <message>
        <source>{path}: too large for a status list.</source>
        <translation>{path}: demasiado grande para una lista de estado.</translation>
    </message>
    <message>
        <source>The backup could not be copied: {error}</source>
        <translation>No se pudo copiar la copia de seguridad: {error}</translation>
    </message>
    <message>
        <source>The backup could not be written: {error}</source>
        <translation>No se pudo escribir la copia de seguridad: {error}</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged (it fails the quick check): it was not restored.</source>
        <translation>La copia de seguridad {backup} está dañada (no supera la comprobación rápida): no se restauró.</translation>
    </message>
    <message>
        <source>No backup file {chosen}.</source>
        <translation>No existe el archivo de copia de seguridad {chosen}.</translation>
    </message>
    <message>
        <source>Backups are made of the SQLite database; use your server&apos;s tools for this one.</source>
        <translation>Las copias de seguridad se hacen de la base de datos SQLite; para esta, use las herramientas de su servidor.</translation>
    </message>
    <message>
        <source>CPIMS+ Trainer is already open on this data folder ({parent}). Switch to that window, or close it first.</source>
        <translation>CPIMS+ Trainer ya está abierto en esta carpeta de datos ({parent}). Cambie a esa ventana o ciérrela primero.</translation>
    </message>
    <message>
        <source>The database {path} is damaged: {error}.</source>
        <translation>La base de datos {path} está dañada: {error}.</translation>
    </message>
    <message>
        <source>The database could not be upgraded; nothing was changed: {error}</source>
        <translation>No se pudo actualizar la base de datos; no se ha cambiado nada: {error}</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes).</source>
        <translation>La base de datos {path} está vacía (0 bytes).</translation>
    </message>
    <message>
        <source>The database {path} fails the integrity check: {detail}</source>
        <translation>La base de datos {path} no supera la comprobación de integridad: {detail}</translation>
    </message>
    <message>
        <source>No database migrations are installed.</source>
        <translation>No hay migraciones de base de datos instaladas.</translation>
    </message>
    <message>
        <source>The database {path} is not a SQLite database.</source>
        <translation>La base de datos {path} no es una base de datos SQLite.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL such as postgresql+psycopg://user@host/db.</source>
        <translation>«{url}» no es una URL de base de datos como postgresql+psycopg://user@host/db.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>El disco está lleno: no se guardó nada. Libere algo de espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No good backup found in {backups}.</source>
        <translation>No se encontró ninguna copia de seguridad válida en {backups}.</translation>
    </message>
    <message>
        <source>The database could not complete the operation: {detail}</source>
        <translation>La base de datos no pudo completar la operación: {detail}</translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved.</source>
        <translation>La carpeta de datos es de solo lectura: no se guardó nada.</translation>
    </message>
    <message>
        <source>The newest backup is {backup}; restore it with `cpims-trainer db restore`.</source>
        <translation>La copia de seguridad más reciente es {backup}; restáurela con `cpims-trainer db restore`.</translation>
    </message>
    <message>
        <source>The database server cannot be reached (connection refused or lost): nothing was saved. Check that it is running and the network is up, then try again. ({detail})</source>
        <translation>No se puede conectar con el servidor de base de datos (conexión rechazada o perdida): no se guardó nada. Compruebe que esté en funcionamiento y que la red esté disponible, y vuelva a intentarlo. ({detail})</translation>
    </message>
    <message>
        <source>Cannot use the database URL: {error}</source>
        <translation>No se puede usar la URL de la base de datos: {error}</translation>
    </message>
    <message>
        <source>malformed: not a certificate token</source>
        <translation>malformed: no es un token de certificado</translation>
    </message>
    <message>
        <source>malformed: token claims are not canonical JSON</source>
        <translation>malformed: los datos del token no son JSON canónico</translation>
    </message>
    <message>
        <source>malformed: token claims are not the expected set</source>
        <translation>malformed: los datos del token no son el conjunto esperado</translation>
    </message>
    <message>
        <source>malformed: token claims have the wrong types</source>
        <translation>malformed: los datos del token tienen tipos incorrectos</translation>
    </message>
    <message>
        <source>malformed: token date is not YYYY-MM-DD</source>
        <translation>malformed: la fecha del token no tiene el formato AAAA-MM-DD</translation>
    </message>
    <message>
        <source>malformed: a token has the form {token_prefix}.&lt;claims&gt;.&lt;signature&gt;</source>
        <translation>malformed: un token tiene la forma {token_prefix}.&lt;claims&gt;.&lt;signature&gt;</translation>
    </message>
    <message>
        <source>malformed: token issuer is not the signing key</source>
        <translation>malformed: el emisor del token no es la clave de firma</translation>
    </message>
    <message>
        <source>malformed: token signature is not 64 bytes</source>
        <translation>malformed: la firma del token no tiene 64 bytes</translation>
    </message>
    <message>
        <source>The passphrase needs at least {min_passphrase_chars} characters.</source>
        <translation>La frase de contraseña necesita al menos {min_passphrase_chars} caracteres.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>La frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <source>No trainer passphrase is set yet: set one first.</source>
        <translation>Aún no hay ninguna frase de contraseña de formador: configure una primero.</translation>
    </message>
    <message>
        <source>Unlock trainer mode first.</source>
        <translation>Desbloquee primero el modo formador.</translation>
    </message>
    <message>
        <source>Give the issuer a label (for example the training centre&apos;s name).</source>
        <translation>Asigne una etiqueta al emisor (por ejemplo, el nombre del centro de formación).</translation>
    </message>
    <message>
        <source>This installation&apos;s own key is always trusted.</source>
        <translation>La clave propia de esta instalación siempre es de confianza.</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key cannot be created in {keys}: {strerror}.</source>
        <translation>No se puede crear la clave de firma de esta instalación en {keys}: {strerror}.</translation>
    </message>
    <message>
        <source>&apos;{fingerprint_or_did}&apos; is not a key fingerprint or a did:key.</source>
        <translation>«{fingerprint_or_did}» no es una huella de clave ni un did:key.</translation>
    </message>
    <message>
        <source>No known issuer key matches &apos;{fingerprint_or_did}&apos;. Import one of its certificates first, or give the certificate file or the issuer&apos;s did:key.</source>
        <translation>Ninguna clave de emisor conocida coincide con «{fingerprint_or_did}». Importe primero uno de sus certificados, o indique el archivo del certificado o el did:key del emisor.</translation>
    </message>
    <message>
        <source>{name}: a box has an invalid size; the file is damaged.</source>
        <translation>{name}: una caja (box) tiene un tamaño no válido; el archivo está dañado.</translation>
    </message>
    <message>
        <source>{name}: the duration is missing from the file.</source>
        <translation>{name}: falta la duración en el archivo.</translation>
    </message>
    <message>
        <source>{name}: the file is truncated.</source>
        <translation>{name}: el archivo está incompleto.</translation>
    </message>
    <message>
        <source>{name}: no &apos;moov&apos; box; the file is truncated or not an MP4.</source>
        <translation>{name}: no hay caja «moov»; el archivo está incompleto o no es un MP4.</translation>
    </message>
    <message>
        <source>{name}: the &apos;moov&apos; box is implausibly large.</source>
        <translation>{name}: la caja «moov» es inverosímilmente grande.</translation>
    </message>
    <message>
        <source>{first}</source>
        <translation>{first}</translation>
    </message>
    <message>
        <source>{source}: not UTF-8 text (byte {start})</source>
        <translation>{source}: no es texto UTF-8 (byte {start})</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a video.</source>
        <translation>«{title}» no es un video.</translation>
    </message>
    <message>
        <source>The video file {file} is missing from the pack.</source>
        <translation>Falta en el paquete el archivo de video {file}.</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>firma no válida</translation>
    </message>
    <message>
        <source>malformed: issuer key differs from the known key</source>
        <translation>malformed: la clave del emisor difiere de la clave conocida</translation>
    </message>
    <message>
        <source>the QR token does not match the attached credential</source>
        <translation>el token del código QR no coincide con la credencial adjunta</translation>
    </message>
    <message>
        <source>QR token: {reason}</source>
        <translation>token QR: {reason}</translation>
    </message>
    <message>
        <source>revoked on {date:%Y-%m-%d}</source>
        <translation>revocado el {date:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>revoked on {date:%Y-%m-%d}: {reason}</source>
        <translation>revocado el {date:%Y-%m-%d}: {reason}</translation>
    </message>
    <message>
        <source>revoked (the issuer&apos;s status list)</source>
        <translation>revocado (lista de estado del emisor)</translation>
    </message>
    <message>
        <source>a QR token alone cannot be imported: import the certificate&apos;s PDF or JSON file</source>
        <translation>un token QR por sí solo no se puede importar: importe el archivo PDF o JSON del certificado</translation>
    </message>
    <message>
        <source>a different certificate with the same id is already stored</source>
        <translation>ya hay guardado otro certificado con el mismo identificador</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({strerror})</source>
        <translation>{file}: no se puede leer ({strerror})</translation>
    </message>
    <message>
        <source>{source}:{line}: the file must start with &apos;WEBVTT&apos;</source>
        <translation>{source}:{line}: el archivo debe empezar por «WEBVTT»</translation>
    </message>
    <message>
        <source>{source}:{line}: expected a cue timing line like &apos;00:01.000 --&gt; 00:04.000&apos;</source>
        <translation>{source}:{line}: se esperaba una línea de tiempos como «00:01.000 --&gt; 00:04.000»</translation>
    </message>
    <message>
        <source>{source}:{line}: malformed cue timing &apos;{timing}&apos;</source>
        <translation>{source}:{line}: tiempos mal formados «{timing}»</translation>
    </message>
    <message>
        <source>{source}:{line}: the cue ends before it starts</source>
        <translation>{source}:{line}: el subtítulo termina antes de empezar</translation>
    </message>
    <message>
        <source>{source}:{line}: a cue timing line inside a cue (missing blank line?)</source>
        <translation>{source}:{line}: una línea de tiempos dentro de un subtítulo (¿falta una línea en blanco?)</translation>
    </message>
    <message>
        <source>the bundle has records of learners or quiz attempts it does not hold.</source>
        <translation>el paquete contiene registros de participantes o de intentos de cuestionario que no incluye.</translation>
    </message>
    <message>
        <source>The LRS cannot be reached: {detail}</source>
        <translation>No se puede contactar con el LRS: {detail}</translation>
    </message>
    <message>
        <source>HTTP {status}</source>
        <translation>HTTP {status}</translation>
    </message>
    <message>
        <source>HTTP {status}: {words}</source>
        <translation>HTTP {status}: {words}</translation>
    </message>
    <message>
        <source>HTTP {status} (the LRS refused the credentials)</source>
        <translation>HTTP {status} (el LRS rechazó las credenciales)</translation>
    </message>
    <message>
        <source>HTTP {status} (the LRS refused the credentials): {words}</source>
        <translation>HTTP {status} (el LRS rechazó las credenciales): {words}</translation>
    </message>
    <message>
        <source>HTTP {status} (the LRS forbids this account to write statements)</source>
        <translation>HTTP {status} (el LRS no permite a esta cuenta escribir declaraciones)</translation>
    </message>
    <message>
        <source>HTTP {status} (the LRS forbids this account to write statements): {words}</source>
        <translation>HTTP {status} (el LRS no permite a esta cuenta escribir declaraciones): {words}</translation>
    </message>
    <message>
        <source>409 Conflict, then {reason}</source>
        <translation>409 Conflicto, y después {reason}</translation>
    </message>
    <message>
        <source>409 Conflict, and the LRS&apos;s copy is not JSON</source>
        <translation>409 Conflicto, y la copia del LRS no es JSON</translation>
    </message>
    <message>
        <source>already in the LRS</source>
        <translation>ya está en el LRS</translation>
    </message>
    <message>
        <source>The LRS holds a different statement under this id.</source>
        <translation>El LRS guarda una declaración distinta con este identificador.</translation>
    </message>
    <message>
        <source>malformed: duplicate key {key!r}</source>
        <translation>malformed: clave duplicada {key!r}</translation>
    </message>
    <message>
        <source>malformed: {name} is not allowed</source>
        <translation>malformed: {name} no está permitido</translation>
    </message>
    <message>
        <source>malformed: number too long</source>
        <translation>malformed: número demasiado largo</translation>
    </message>
    <message>
        <source>malformed: number out of range</source>
        <translation>malformed: número fuera de rango</translation>
    </message>
    <message>
        <source>Open a walkthrough first.</source>
        <translation>Abra primero un ejercicio guiado.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a walkthrough.</source>
        <translation>«{title}» no es un ejercicio guiado.</translation>
    </message>
    <message>
        <source>The walkthrough file {file} cannot be read: {problem}.</source>
        <translation>No se puede leer el archivo del ejercicio guiado {file}: {problem}.</translation>
    </message>
    <message>
        <source>Walkthrough {rel} has {count} problem(s)</source>
        <translation>El ejercicio guiado {rel} tiene {count} problema(s)</translation>
    </message>
    <message>
        <source>The walkthrough {path} has no step &apos;{step_id}&apos;.</source>
        <translation>El ejercicio guiado {path} no tiene ningún paso «{step_id}».</translation>
    </message>
    <message>
        <source>The walkthrough {rel} cannot be used: {first}</source>
        <translation>No se puede usar el ejercicio guiado {rel}: {first}</translation>
    </message>
    <message>
        <source>Cannot extract {name}: {strerror}</source>
        <translation>No se puede extraer {name}: {strerror}</translation>
    </message>
    <message>
        <source>Cannot extract into {dest}: the folder is not empty.</source>
        <translation>No se puede extraer en {dest}: la carpeta no está vacía.</translation>
    </message>
    <message>
        <source>{name} is not a valid zip file or is damaged ({error}).</source>
        <translation>{name} no es un archivo zip válido o está dañado ({error}).</translation>
    </message>
    <message>
        <source>This zip does not hold a content pack: content/pack.toml is neither at its top level nor in its single top folder.</source>
        <translation>Este zip no contiene un paquete de contenido: content/pack.toml no está ni en su nivel superior ni en su única carpeta superior.</translation>
    </message>
    <message>
        <source>The zip has {count:,} entries; the limit is {max_entries:,}.</source>
        <translation>El zip tiene {count:,} entradas; el límite es {max_entries:,}.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} has an absolute path; pack zips hold relative paths only.</source>
        <translation>La entrada {raw!r} del zip tiene una ruta absoluta; los zip de paquetes solo contienen rutas relativas.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} contains &apos;..&apos; and would be written outside the pack.</source>
        <translation>La entrada {raw!r} del zip contiene «..» y se escribiría fuera del paquete.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} has an empty name.</source>
        <translation>La entrada {raw!r} del zip tiene un nombre vacío.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} is encrypted; pack zips cannot be encrypted.</source>
        <translation>La entrada {raw!r} del zip está cifrada; los zip de paquetes no pueden estar cifrados.</translation>
    </message>
    <message>
        <source>The zip entry {filename!r} expands {ratio:,.0f} times ({size} to {size2}); the limit is {max_ratio:,.0f} times. It looks like a zip bomb.</source>
        <translation>La entrada {filename!r} del zip se expande {ratio:,.0f} veces ({size} a {size2}); el límite es {max_ratio:,.0f} veces. Parece una bomba zip.</translation>
    </message>
    <message>
        <source>The zip entry {filename!r} is larger than its header says.</source>
        <translation>La entrada {filename!r} del zip es más grande de lo que indica su cabecera.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} has a NUL character in its name.</source>
        <translation>La entrada {raw!r} del zip tiene un carácter NUL en el nombre.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} is not a regular file or folder.</source>
        <translation>La entrada {raw!r} del zip no es un archivo ni una carpeta normal.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} is a symbolic link; pack zips may not contain links.</source>
        <translation>La entrada {raw!r} del zip es un enlace simbólico; los zip de paquetes no pueden contener enlaces.</translation>
    </message>
    <message>
        <source>The zip entry {filename!r} would expand to {size}; the limit for one file is {size2}.</source>
        <translation>La entrada {filename!r} del zip ocuparía {size} al expandirse; el límite para un archivo es {size2}.</translation>
    </message>
    <message>
        <source>The zip expands {ratio:,.0f} times in total ({size} to {size2}); the limit is {max_ratio:,.0f} times. It looks like a zip bomb.</source>
        <translation>El zip se expande {ratio:,.0f} veces en total ({size} a {size2}); el límite es {max_ratio:,.0f} veces. Parece una bomba zip.</translation>
    </message>
    <message>
        <source>The zip holds {name!r} twice (names that differ only in case clash).</source>
        <translation>El zip contiene {name!r} dos veces (los nombres que solo difieren en mayúsculas y minúsculas entran en conflicto).</translation>
    </message>
    <message>
        <source>The zip would expand to {size}; the limit is {size2}.</source>
        <translation>El zip ocuparía {size} al expandirse; el límite es {size2}.</translation>
    </message>
    <message>
        <source>attendee&apos;s name</source>
        <translation>nombre del asistente</translation>
    </message>
    <message>
        <source>a certificate PDF</source>
        <translation>un PDF de certificado</translation>
    </message>
    <message>
        <source>account home page</source>
        <translation>página de inicio de la cuenta</translation>
    </message>
    <message>
        <source>the item analysis PDF</source>
        <translation>el PDF de análisis de preguntas</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>mark a step not applicable</source>
        <translation>marcar un paso como no aplicable</translation>
    </message>
    <message>
        <source>sign off a step</source>
        <translation>aprobar un paso</translation>
    </message>
    <message>
        <source>tick evidence</source>
        <translation>marcar una evidencia</translation>
    </message>
    <message>
        <source>LRS endpoint</source>
        <translation>Punto de conexión del LRS</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>observer&apos;s name</source>
        <translation>nombre del observador</translation>
    </message>
    <message>
        <source>organisation&apos;s name</source>
        <translation>nombre de la organización</translation>
    </message>
    <message>
        <source>a PDF report</source>
        <translation>un informe PDF</translation>
    </message>
    <message>
        <source>the readiness report</source>
        <translation>el informe de preparación</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>recorded value</source>
        <translation>valor registrado</translation>
    </message>
    <message>
        <source>session&apos;s title</source>
        <translation>título de la sesión</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>firmante</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>nombre del formador</translation>
    </message>
    <message>
        <source>{root}: {count} problem(s)</source>
        <translation>{root}: {count} problema(s)</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message>
        <source>activity {id}</source>
        <translation>actividad {id}</translation>
    </message>
    <message>
        <source>book {id}</source>
        <translation>libro {id}</translation>
    </message>
    <message>
        <source>certificate {id}</source>
        <translation>certificado {id}</translation>
    </message>
    <message>
        <source>certificate translation {id}</source>
        <translation>traducción del certificado {id}</translation>
    </message>
    <message>
        <source>gate {id}</source>
        <translation>hito {id}</translation>
    </message>
    <message>
        <source>gate {parent} requirement {id}</source>
        <translation>hito {parent}, requisito {id}</translation>
    </message>
    <message>
        <source>gates file</source>
        <translation>archivo de hitos</translation>
    </message>
    <message>
        <source>image {id}</source>
        <translation>imagen {id}</translation>
    </message>
    <message>
        <source>link {id}</source>
        <translation>enlace {id}</translation>
    </message>
    <message>
        <source>module {id}</source>
        <translation>módulo {id}</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>paquete</translation>
    </message>
    <message>
        <source>practical check {id}</source>
        <translation>evaluación práctica {id}</translation>
    </message>
    <message>
        <source>question {id}</source>
        <translation>pregunta {id}</translation>
    </message>
    <message>
        <source>question bank</source>
        <translation>banco de preguntas</translation>
    </message>
    <message>
        <source>question {id} part</source>
        <translation>parte de la pregunta {id}</translation>
    </message>
    <message>
        <source>question reference</source>
        <translation>referencia de pregunta</translation>
    </message>
    <message>
        <source>requirement {id}</source>
        <translation>requisito {id}</translation>
    </message>
    <message>
        <source>gate {parent} requirement {id} measure</source>
        <translation>medida del requisito {id} del hito {parent}</translation>
    </message>
    <message>
        <source>role {id}</source>
        <translation>rol {id}</translation>
    </message>
    <message>
        <source>slide notes</source>
        <translation>notas de las diapositivas</translation>
    </message>
    <message>
        <source>step {id}</source>
        <translation>paso {id}</translation>
    </message>
    <message>
        <source>track {id}</source>
        <translation>itinerario {id}</translation>
    </message>
    <message>
        <source>track certificate</source>
        <translation>certificado del itinerario</translation>
    </message>
    <message>
        <source>track file</source>
        <translation>archivo de itinerario</translation>
    </message>
    <message>
        <source>walkthrough</source>
        <translation>ejercicio guiado</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>{n} %</source>
        <translation>{n} %</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>KiB</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>GiB</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>TiB</translation>
    </message>
    <message>
        <source>PiB</source>
        <translation>PiB</translation>
    </message>
    <message>
        <source>EiB</source>
        <translation>EiB</translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Walkthrough</source>
        <translation>Ejercicio guiado</translation>
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
        <translation>CPIMS+ Trainer no puede iniciarse</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {error}</source>
        <translation>Se produjo un error inesperado: {error}</translation>
    </message>
    <message>
        <source>The training database is damaged</source>
        <translation>La base de datos de formación está dañada</translation>
    </message>
    <message>
        <source>The damaged file will be moved aside to {folder}, never deleted.</source>
        <translation>El archivo dañado se apartará en {folder}; nunca se elimina.</translation>
    </message>
    <message>
        <source>The newest backup is {name}.</source>
        <translation>La copia de seguridad más reciente es {name}.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia de seguridad más reciente</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Empezar con una base de datos vacía</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>locks</name>
    <message>
        <source>Locked — finish {modules} first</source>
        <translation>Bloqueado — termine primero {modules}</translation>
    </message>
    <message>
        <source>Trainer preview: learners see this only after finishing {modules}.</source>
        <translation>Vista previa del formador: los participantes solo ven esto después de terminar {modules}.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>checking the signature</source>
        <translation>comprobando la firma</translation>
    </message>
    <message>
        <source>adding the records</source>
        <translation>añadiendo los registros</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>gathering the records</source>
        <translation>reuniendo los registros</translation>
    </message>
    <message>
        <source>writing the file</source>
        <translation>escribiendo el archivo</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>iniciando</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>participantes</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>progreso</translation>
    </message>
    <message>
        <source>session log</source>
        <translation>registro de sesiones</translation>
    </message>
    <message>
        <source>quiz attempts</source>
        <translation>intentos de cuestionario</translation>
    </message>
    <message>
        <source>quiz answers</source>
        <translation>respuestas de cuestionario</translation>
    </message>
    <message>
        <source>walkthrough ticks</source>
        <translation>pasos marcados de las guías paso a paso</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificados</translation>
    </message>
    <message>
        <source>training sessions</source>
        <translation>sesiones de formación</translation>
    </message>
    <message>
        <source>session attendance</source>
        <translation>asistencia a las sesiones</translation>
    </message>
    <message>
        <source>practical checks</source>
        <translation>evaluaciones prácticas</translation>
    </message>
</context>
<context>
    <name>rollout</name>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Ready to sign off</source>
        <translation>Listo para aprobar</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>“{gate}” was signed off by {name} on {date}.</source>
        <translation>El paso «{gate}» fue aprobado por {name} el {date}.</translation>
    </message>
    <message>
        <source>“{gate}” was marked not applicable by {name} on {date}: {reason}</source>
        <translation>El paso «{gate}» fue marcado como no aplicable por {name} el {date}: {reason}</translation>
    </message>
    <message>
        <source>“{gate}” is not signed off yet.</source>
        <translation>El paso «{gate}» aún no está aprobado.</translation>
    </message>
    <message>
        <source>Certified for “{track}”: {count} (need {need}).</source>
        <translation>Certificados para «{track}»: {count} (se necesitan {need}).</translation>
    </message>
    <message>
        <source>{count} of {planned} planned {roles} certified (need {need}).</source>
        <translation>{roles}: {count} certificados de {planned} previstos (se necesitan {need}).</translation>
    </message>
    <message>
        <source>{count} of {planned} planned {roles} certified at {agency} (need {need}).</source>
        <translation>{roles} en {agency}: {count} certificados de {planned} previstos (se necesitan {need}).</translation>
    </message>
    <message>
        <source>{met} of {total} agencies with planned {roles} reach the share.</source>
        <translation>Agencias con un número previsto de {roles} que alcanzan el porcentaje requerido: {met} de {total}.</translation>
    </message>
    <message>
        <source>No planned number of {roles} is recorded, so the share cannot be checked yet.</source>
        <translation>No hay ningún número previsto registrado para {roles}, así que aún no se puede comprobar el porcentaje.</translation>
    </message>
    <message>
        <source>No planned number of {roles} per agency is recorded, so the share cannot be checked yet.</source>
        <translation>No hay ningún número previsto por agencia registrado para {roles}, así que aún no se puede comprobar el porcentaje.</translation>
    </message>
    <message>
        <source>No learner has the role “{role}” yet.</source>
        <translation>Ningún participante tiene todavía el rol «{role}».</translation>
    </message>
    <message>
        <source>Still without the certificate: {names}.</source>
        <translation>Aún sin el certificado: {names}.</translation>
    </message>
    <message>
        <source>Completed by {names}; first on {date}.</source>
        <translation>Completado por {names}; la primera vez el {date}.</translation>
    </message>
    <message>
        <source>Completed by {names}, who do not have the role “{role}”.</source>
        <translation>Completado por {names}, que no tienen el rol «{role}».</translation>
    </message>
    <message>
        <source>No one with the role “{role}” has completed “{activity}” yet.</source>
        <translation>Nadie con el rol «{role}» ha completado todavía «{activity}».</translation>
    </message>
    <message>
        <source>Ticked by {name} on {date}. Note: {note}</source>
        <translation>Marcado por {name} el {date}. Nota: {note}</translation>
    </message>
    <message>
        <source>Ticked on {date} but without a note: add where the proof is kept.</source>
        <translation>Marcado el {date}, pero sin nota: indique dónde se guarda la prueba.</translation>
    </message>
    <message>
        <source>Not ticked yet: {text}</source>
        <translation>Aún sin marcar: {text}</translation>
    </message>
    <message>
        <source>Not measured yet: enter {label} as a number of a total (at least {need} %).</source>
        <translation>Aún sin medir: introduzca {label} como un número sobre un total (al menos el {need} %).</translation>
    </message>
    <message>
        <source>{label}: {value} of {total}, at least {need} % ({share} %).</source>
        <translation>{label}: {value} de {total}, al menos el {need} % ({share} %).</translation>
    </message>
    <message>
        <source>{label}: {value} of {total} is {share} %, below the {need} % needed.</source>
        <translation>{label}: {value} de {total} es el {share} %, por debajo del {need} % necesario.</translation>
    </message>
    <message>
        <source>… and {count} more (see the list of people).</source>
        <translation>… y {count} más (vea la lista de personas).</translation>
    </message>
    <message>
        <source>Certified ({count})</source>
        <translation>Certificados ({count})</translation>
    </message>
    <message>
        <source>Certified at {agency} ({count})</source>
        <translation>Certificados en {agency} ({count})</translation>
    </message>
    <message>
        <source>{roles} without the certificate ({count})</source>
        <translation>{roles} sin el certificado ({count})</translation>
    </message>
    <message>
        <source>{roles} at {agency} without the certificate ({count})</source>
        <translation>{roles} en {agency} sin el certificado ({count})</translation>
    </message>
    <message>
        <source>Completed, with the role ({count})</source>
        <translation>Completado, con el rol ({count})</translation>
    </message>
    <message>
        <source>Completed, without the role ({count})</source>
        <translation>Completado, sin el rol ({count})</translation>
    </message>
    <message>
        <source>With the role, not completed yet ({count})</source>
        <translation>Con el rol, aún sin completar ({count})</translation>
    </message>
    <message>
        <source>Sign in as a learner first.</source>
        <translation>Inicie sesión primero como participante.</translation>
    </message>
    <message>
        <source>Your profile is archived.</source>
        <translation>Su perfil está archivado.</translation>
    </message>
    <message>
        <source>Only a learner with the coordinator role can do this.</source>
        <translation>Solo un participante con el rol de coordinador puede hacerlo.</translation>
    </message>
    <message>
        <source>This step is already signed off.</source>
        <translation>Este paso ya está aprobado.</translation>
    </message>
    <message>
        <source>This step is marked not applicable.</source>
        <translation>Este paso está marcado como no aplicable.</translation>
    </message>
    <message>
        <source>Every rollout needs this step: it cannot be marked not applicable.</source>
        <translation>Toda implementación necesita este paso: no se puede marcar como no aplicable.</translation>
    </message>
    <message>
        <source>The step before this one is not closed yet.</source>
        <translation>El paso anterior aún no está cerrado.</translation>
    </message>
    <message>
        <source>Not every requirement is met yet: see the requirements marked ✗ above.</source>
        <translation>Aún no se cumplen todos los requisitos: vea los requisitos marcados con ✗ arriba.</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Implementación</translation>
    </message>
    <message>
        <source>Open activity</source>
        <translation>Actividad en curso</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formador</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
</context>
</TS>
