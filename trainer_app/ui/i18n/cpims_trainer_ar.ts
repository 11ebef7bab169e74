<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ActivityView</name>
    <message>
        <source>Choose an activity on the Home page or in the Library.</source>
        <translation>اختر نشاطًا من الصفحة الرئيسية أو من المكتبة.</translation>
    </message>
    <message>
        <source>This {kind} opens here in the next release: {file}</source>
        <translation>سيُفتح هذا النوع من الأنشطة ({kind}) هنا في الإصدار القادم: ⁨{file}⁩</translation>
    </message>
</context>
<context>
    <name>BrandingSettings</name>
    <message>
        <source>Certificates issued here</source>
        <translation>الشهادات الصادرة هنا</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <source>Name, title (for example the CPIMS+ coordinator)</source>
        <translation>الاسم والصفة (مثل منسّق ⁨CPIMS+⁩)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>اختيار الشعار…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <source>The signing key cannot be read.</source>
        <translation>تتعذّر قراءة مفتاح التوقيع.</translation>
    </message>
    <message>
        <source>This installation&apos;s key fingerprint</source>
        <translation>بصمة مفتاح هذا التثبيت</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>الجهة:</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>الموقِّع:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>الشعار:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>بصمة المفتاح:</translation>
    </message>
    <message>
        <source>Saved: certificates issued from now on name this organisation and signatory.</source>
        <translation>تم الحفظ: الشهادات التي تصدر من الآن تذكر هذه الجهة وهذا الموقِّع.</translation>
    </message>
    <message>
        <source>Choose the organisation&apos;s logo</source>
        <translation>اختيار شعار الجهة</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>صورة بحجم %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
</context>
<context>
    <name>CertificatesPanel</name>
    <message>
        <source>Certificates of the learners shown by the filters. Choose rows to work on some learners only; with none chosen, the buttons work on everyone listed.</source>
        <translation>شهادات المتدربين الذين تعرضهم عوامل التصفية. اختر صفوفًا للعمل على بعض المتدربين فقط؛ وإن لم تختر أيًّا منها، تعمل الأزرار على جميع من في القائمة.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتدرب</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Issuer key</source>
        <translation>مفتاح جهة الإصدار</translation>
    </message>
    <message>
        <source>Save as zip…</source>
        <translation>حفظ كملف zip…</translation>
    </message>
    <message>
        <source>Save to a folder…</source>
        <translation>حفظ في مجلد…</translation>
    </message>
    <message>
        <source>Import certificate files…</source>
        <translation>استيراد ملفات الشهادات…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>إلغاء الشهادة…</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>أُلغيت: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>استُبدلت بشهادة أحدث</translation>
    </message>
    <message>
        <source>Issuer not trusted</source>
        <translation>جهة الإصدار غير موثوقة</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالحة</translation>
    </message>
</context>
<context>
    <name>CertificatesView</name>
    <message>
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>My certificates</source>
        <translation>شهاداتي</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No certificate yet: complete every activity of your track to earn one.</source>
        <translation>لا توجد شهادة بعد: أكمل جميع أنشطة مسارك للحصول على شهادة.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>فتح ملف PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>حفظ ملف PDF…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>تصدير JSON…</translation>
    </message>
    <message>
        <source>Check and import certificates</source>
        <translation>التحقق من الشهادات واستيرادها</translation>
    </message>
    <message>
        <source>New certificate issued: {titles}</source>
        <translation>صدرت شهادة جديدة: ⁨{titles}⁩</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <source>Revoked: {reason}</source>
        <translation>أُلغيت: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>Replaced by a newer certificate</source>
        <translation>استُبدلت بشهادة أحدث</translation>
    </message>
    <message>
        <source>Issuer not trusted here</source>
        <translation>جهة الإصدار غير موثوقة هنا</translation>
    </message>
    <message>
        <source>No PDF viewer</source>
        <translation>لا يوجد عارض PDF</translation>
    </message>
    <message>
        <source>This computer has no program that opens PDF files. Save the certificate as a file instead, to print it or open it on another computer?</source>
        <translation>لا يوجد على هذا الحاسوب برنامج يفتح ملفات PDF. هل تريد حفظ الشهادة في ملف بدلًا من ذلك لطباعتها أو فتحها على حاسوب آخر؟</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Signed credential (*.json)</source>
        <translation>شهادة موقّعة (*.json)</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>حفظ الشهادة</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>تم الحفظ: ⁨{path}⁩</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Quiz pass rates</source>
        <translation>معدلات النجاح في الاختبارات</translation>
    </message>
    <message>
        <source>Quiz pass rates (lowest {n})</source>
        <translation>معدلات النجاح في الاختبارات (أدنى {n})</translation>
    </message>
    <message>
        <source>Learners who passed</source>
        <translation>المتدربون الناجحون</translation>
    </message>
    <message>
        <source>Most missed questions</source>
        <translation>الأسئلة الأكثر أخطاءً</translation>
    </message>
    <message>
        <source>Most missed questions: no wrong answers yet</source>
        <translation>الأسئلة الأكثر أخطاءً: لا توجد إجابات خاطئة بعد</translation>
    </message>
    <message>
        <source>Answered wrong</source>
        <translation>أجابوا إجابة خاطئة</translation>
    </message>
    <message>
        <source>Completion per role</source>
        <translation>الإكمال حسب الدور</translation>
    </message>
    <message>
        <source>Completion per agency</source>
        <translation>الإكمال حسب الوكالة</translation>
    </message>
    <message>
        <source>Completion per role over time</source>
        <translation>الإكمال حسب الدور بمرور الوقت</translation>
    </message>
    <message>
        <source>Completion per agency over time</source>
        <translation>الإكمال حسب الوكالة بمرور الوقت</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Record a practical check</source>
        <translation>تسجيل تقييم عملي</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتدرب</translation>
    </message>
    <message>
        <source>Practical check</source>
        <translation>التقييم العملي</translation>
    </message>
    <message>
        <source>&amp;Passed: the task was done correctly</source>
        <translation>ناجح: نُفّذت المهمة على نحو صحيح</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Observed by</source>
        <translation>لاحظه</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>What the learner did (no real case data)</source>
        <translation>ما قام به المتدرب (من دون بيانات حالات حقيقية)</translation>
    </message>
    <message>
        <source>This pack defines no practical checks.</source>
        <translation>لا تحدد هذه الحزمة أي تقييم عملي.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>تسجيل التقييم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>المتدرب:</translation>
    </message>
    <message>
        <source>&amp;Check:</source>
        <translation>التقييم:</translation>
    </message>
    <message>
        <source>&amp;Observed by:</source>
        <translation>لاحظه:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Choose a learner and a practical check.</source>
        <translation>اختر متدربًا وتقييمًا عمليًا.</translation>
    </message>
    <message>
        <source>Say who observed the check.</source>
        <translation>اذكر من لاحظ التقييم.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check your answers</source>
        <translation>راجع إجاباتك</translation>
    </message>
    <message>
        <source>Answer summary</source>
        <translation>ملخص الإجابات</translation>
    </message>
    <message>
        <source>Not answered or not finished (press Enter to go to one):</source>
        <translation>أسئلة بلا إجابة أو غير مكتملة (اضغط Enter للانتقال إلى أحدها):</translation>
    </message>
    <message>
        <source>Questions not answered yet</source>
        <translation>أسئلة لم تتم الإجابة عنها بعد</translation>
    </message>
    <message>
        <source>&amp;Back to the questions</source>
        <translation>العودة إلى الأسئلة</translation>
    </message>
    <message>
        <source>Back to the questions</source>
        <translation>العودة إلى الأسئلة</translation>
    </message>
    <message>
        <source>S&amp;ubmit answers</source>
        <translation>إرسال الإجابات</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>إرسال الإجابات</translation>
    </message>
    <message>
        <source>You answered {answered} of {total} questions.</source>
        <translation>عدد الأسئلة التي أجبت عنها: {answered} من {total}.</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <source>Choose all that apply.</source>
        <translation>اختر كل ما ينطبق.</translation>
    </message>
</context>
<context>
    <name>ClosePanel</name>
    <message>
        <source>Close this step</source>
        <translation>إغلاق هذه الخطوة</translation>
    </message>
    <message>
        <source>Note for the sign-off (optional)</source>
        <translation>ملاحظة الاعتماد (اختيارية)</translation>
    </message>
    <message>
        <source>Sign-off note</source>
        <translation>ملاحظة الاعتماد</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Sign off this step</source>
        <translation>اعتماد هذه الخطوة</translation>
    </message>
    <message>
        <source>Why this step does not apply (required)</source>
        <translation>سبب عدم انطباق هذه الخطوة (مطلوب)</translation>
    </message>
    <message>
        <source>Reason the step is not applicable</source>
        <translation>سبب عدم انطباق الخطوة</translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>تحديد أنها لا تنطبق</translation>
    </message>
    <message>
        <source>Mark this step not applicable</source>
        <translation>تحديد أن هذه الخطوة لا تنطبق</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsBox</name>
    <message>
        <source>Shared database</source>
        <translation>قاعدة بيانات مشتركة</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>عنوان URL لقاعدة البيانات</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>كلمة مرور قاعدة البيانات</translation>
    </message>
    <message>
        <source>Save &amp;database setting</source>
        <translation>حفظ إعداد قاعدة البيانات</translation>
    </message>
    <message>
        <source>Empty: the SQLite file in the data folder. A change applies at the next start.</source>
        <translation>إذا تُرك فارغًا: يُستخدم ملف SQLite في مجلد البيانات. يُطبَّق أي تغيير عند التشغيل التالي.</translation>
    </message>
    <message>
        <source>Database setting</source>
        <translation>إعداد قاعدة البيانات</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>عنوان URL لقاعدة البيانات:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Saved. Restart the application to use this database.</source>
        <translation>تم الحفظ. أعد تشغيل التطبيق لاستخدام قاعدة البيانات هذه.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Choose an evidence item in the list above to tick it.</source>
        <translation>اختر دليلًا من القائمة أعلاه لوضع علامة عليه.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>تم التأكيد</translation>
    </message>
    <message>
        <source>Evidence item confirmed</source>
        <translation>تم تأكيد الدليل</translation>
    </message>
    <message>
        <source>Where is the proof kept? (required)</source>
        <translation>أين يُحفظ الإثبات؟ (مطلوب)</translation>
    </message>
    <message>
        <source>Evidence note</source>
        <translation>ملاحظة الدليل</translation>
    </message>
    <message>
        <source>Save evidence</source>
        <translation>حفظ الدليل</translation>
    </message>
    <message>
        <source>Save the evidence tick and note</source>
        <translation>حفظ علامة الدليل وملاحظته</translation>
    </message>
    <message>
        <source>Number counted</source>
        <translation>العدد المحسوب</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>الإجمالي</translation>
    </message>
    <message>
        <source>of</source>
        <translation>من</translation>
    </message>
    <message>
        <source>&amp;Counted:</source>
        <translation>العدد:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Enter {label} as a number of a total: met at {need} % or more.</source>
        <translation>أدخل ⁨{label}⁩ كعدد من إجمالي: يتحقق عند {need}٪ أو أكثر.</translation>
    </message>
</context>
<context>
    <name>ExchangePanel</name>
    <message>
        <source>Imports</source>
        <translation>عمليات الاستيراد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>From key</source>
        <translation>مفتاح المصدر</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>موثوق</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>المضافة</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>المحدَّثة</translation>
    </message>
    <message>
        <source>Awaiting trust</source>
        <translation>بانتظار الثقة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>عمليات التصدير</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>الاستلام</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتدرب</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>هنا</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>المستورد</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>محجوزة جانبًا</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Keep the value here</source>
        <translation>الإبقاء على القيمة المحلية</translation>
    </message>
    <message>
        <source>Use the imported value</source>
        <translation>استخدام القيمة المستوردة</translation>
    </message>
    <message>
        <source>Trust this key…</source>
        <translation>الوثوق بهذا المفتاح…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Write its receipt again…</source>
        <translation>كتابة إيصال الاستلام مجددًا…</translation>
    </message>
    <message>
        <source>Imported bundles and receipts</source>
        <translation>الحزم وإيصالات الاستلام المستوردة</translation>
    </message>
    <message>
        <source>Exported bundles</source>
        <translation>الحزم المصدَّرة</translation>
    </message>
    <message>
        <source>Learner details that differ</source>
        <translation>بيانات متدربين مختلفة</translation>
    </message>
    <message>
        <source>Records kept until their key is trusted (not counted)</source>
        <translation>سجلات محفوظة إلى أن يُوثق بمفتاحها (غير محتسبة)</translation>
    </message>
    <message>
        <source>Receipt for bundle {id}</source>
        <translation>إيصال استلام الحزمة {id}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>{when} at key {key}: {n} added</source>
        <translation>⁨{when}⁩ لدى المفتاح ⁨{key}⁩: أُضيف {n}</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>إيصال الاستلام</translation>
    </message>
    <message>
        <source>Choose an imported bundle first.</source>
        <translation>اختر حزمة مستوردة أولًا.</translation>
    </message>
    <message>
        <source>Write the receipt again</source>
        <translation>كتابة إيصال الاستلام مجددًا</translation>
    </message>
    <message>
        <source>Import receipt (*.json)</source>
        <translation>إيصال استلام الاستيراد (*.json)</translation>
    </message>
    <message>
        <source>Trust this key</source>
        <translation>الوثوق بهذا المفتاح</translation>
    </message>
    <message>
        <source>Key {key}
Who is it? (for example the field laptop&apos;s site)</source>
        <translation>المفتاح ⁨{key}⁩
لمن هذا المفتاح؟ (مثلًا موقع الحاسوب المحمول الميداني)</translation>
    </message>
    <message>
        <source>Discard kept-aside records</source>
        <translation>حذف السجلات المحجوزة جانبًا</translation>
    </message>
    <message>
        <source>Drop every record kept aside for key {key}? They never counted here, and trusting the key later will not bring them back (import the file again then).</source>
        <translation>هل تريد حذف كل السجلات المحجوزة جانبًا للمفتاح ⁨{key}⁩؟ لم تُحتسب هنا قط، والوثوق بالمفتاح لاحقًا لن يعيدها (استورد الملف مجددًا حينها).</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم تُنفَّذ العملية</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <source>Your role</source>
        <translation>دورك</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>التقدم العام</translation>
    </message>
    <message>
        <source>%p% of the track complete</source>
        <translation>اكتمل %p% من المسار</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Continue with the next activity</source>
        <translation>المتابعة إلى النشاط التالي</translation>
    </message>
    <message>
        <source>Modules and activities</source>
        <translation>الوحدات والأنشطة</translation>
    </message>
    <message>
        <source>Module / activity</source>
        <translation>الوحدة / النشاط</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Classroom sessions and practical checks</source>
        <translation>الجلسات الصفية والتقييمات العملية</translation>
    </message>
    <message>
        <source>No content pack is installed.</source>
        <translation>لا توجد حزمة محتوى مثبتة.</translation>
    </message>
    <message>
        <source>Your role: {role}</source>
        <translation>دورك: ⁨{role}⁩</translation>
    </message>
    <message>
        <source>There is no track for your role in the installed packs.</source>
        <translation>لا يوجد مسار لدورك في الحزم المثبتة.</translation>
    </message>
    <message>
        <source>Classroom sessions attended: {n}</source>
        <translation>الجلسات الصفية التي حضرتها: {n}</translation>
    </message>
    <message>
        <source>Practical check still needed for your certificate: {title} (a trainer observes it on the demo site)</source>
        <translation>تقييم عملي ما زال مطلوبًا لشهادتك: ⁨{title}⁩ (يلاحظه مدرب على موقع العرض التجريبي)</translation>
    </message>
    <message>
        <source>Practical check passed: {title}, observed by {name} on {date}</source>
        <translation>تقييم عملي ناجح: ⁨{title}⁩، لاحظه ⁨{name}⁩ بتاريخ ⁨{date}⁩</translation>
    </message>
    <message>
        <source>You have completed every module of this track. Well done!</source>
        <translation>أكملت جميع وحدات هذا المسار. أحسنت!</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>التالي: ⁨{title}⁩</translation>
    </message>
    <message>
        <source>Locked: complete {modules} first.</source>
        <translation>مقفل: أكمل ⁨{modules}⁩ أولًا.</translation>
    </message>
    <message>
        <source>Locked — needs {modules}</source>
        <translation>مقفل — يتطلب ⁨{modules}⁩</translation>
    </message>
    <message>
        <source>{title} (optional)</source>
        <translation>⁨{title}⁩ (اختياري)</translation>
    </message>
    <message>
        <source>{n}%</source>
        <translation>{n}٪</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisPanel</name>
    <message>
        <source>Item analysis</source>
        <translation>تحليل الأسئلة</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>الاختبار</translation>
    </message>
    <message>
        <source>&amp;Quiz:</source>
        <translation>الاختبار:</translation>
    </message>
    <message>
        <source>Facility: the mean score on a question (0 to 1). Discrimination: how well the question&apos;s score follows the rest of the test (−1 to 1; negative means strong learners miss it).</source>
        <translation>السهولة: متوسط الدرجة في السؤال (من 0 إلى 1). التمييز: مدى توافق درجة السؤال مع بقية الاختبار (من −1 إلى 1؛ القيمة السالبة تعني أن المتدربين المتمكنين يخطئون فيه).</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>نص السؤال</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>السهولة</translation>
    </message>
    <message>
        <source>Discrimination</source>
        <translation>التمييز</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Options chosen: select a question above.</source>
        <translation>الخيارات المختارة: اختر سؤالًا أعلاه.</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>مرات الاختيار</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Options chosen</source>
        <translation>الخيارات المختارة</translation>
    </message>
    <message>
        <source>Choose a quiz…</source>
        <translation>اختر اختبارًا…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message numerus="yes">
        <source>%n submitted attempt(s). Flagged questions are marked in the Flags column.</source>
        <translation>
            <numerusform>%n محاولة مُرسلة. الأسئلة التي عليها تنبيه مُعلَّمة في عمود «التنبيهات».</numerusform>
            <numerusform>%n محاولة مُرسلة. الأسئلة التي عليها تنبيه مُعلَّمة في عمود «التنبيهات».</numerusform>
            <numerusform>%n محاولتان مُرسلتان. الأسئلة التي عليها تنبيه مُعلَّمة في عمود «التنبيهات».</numerusform>
            <numerusform>%n محاولات مُرسلة. الأسئلة التي عليها تنبيه مُعلَّمة في عمود «التنبيهات».</numerusform>
            <numerusform>%n محاولة مُرسلة. الأسئلة التي عليها تنبيه مُعلَّمة في عمود «التنبيهات».</numerusform>
            <numerusform>%n محاولة مُرسلة. الأسئلة التي عليها تنبيه مُعلَّمة في عمود «التنبيهات».</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ </source>
        <translation>⚠ </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>Nothing looks wrong</source>
        <translation>لا يبدو أن هناك خللًا</translation>
    </message>
    <message>
        <source>too few attempts</source>
        <translation>محاولات قليلة جدًا</translation>
    </message>
    <message>
        <source>too hard</source>
        <translation>صعب جدًا</translation>
    </message>
    <message>
        <source>too easy</source>
        <translation>سهل جدًا</translation>
    </message>
    <message>
        <source>negative discrimination</source>
        <translation>تمييز سالب</translation>
    </message>
    <message>
        <source>nobody picks “%1”</source>
        <translation>لا أحد يختار «⁨%1⁩»</translation>
    </message>
    <message>
        <source>%1: no options to count for this kind of question.</source>
        <translation>⁨%1⁩: لا توجد خيارات لعدّها في هذا النوع من الأسئلة.</translation>
    </message>
    <message>
        <source>Options chosen for %1</source>
        <translation>الخيارات المختارة في ⁨%1⁩</translation>
    </message>
    <message>
        <source>correct</source>
        <translation>صحيح</translation>
    </message>
</context>
<context>
    <name>LearnerDetailPanel</name>
    <message>
        <source>Choose a learner to see every activity, attempt and certificate.</source>
        <translation>اختر متدربًا لعرض جميع أنشطته ومحاولاته وشهاداته.</translation>
    </message>
    <message>
        <source>Learner details</source>
        <translation>تفاصيل المتدرب</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>{n} records wait until their key is trusted (not counted).</source>
        <translation>عدد السجلات التي تنتظر الوثوق بمفتاحها: {n} (غير محتسبة).</translation>
    </message>
    <message>
        <source>Conflict on {field}: here “{here}”, imported “{incoming}”.</source>
        <translation>تعارض في ⁨{field}⁩: هنا «⁨{here}⁩»، والمستورد «⁨{incoming}⁩».</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>{title} (optional)</source>
        <translation>⁨{title}⁩ (اختياري)</translation>
    </message>
    <message>
        <source>Quiz attempts ({n})</source>
        <translation>محاولات الاختبار ({n})</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>جارية</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>غير ناجحة</translation>
    </message>
    <message>
        <source>Certificates ({n})</source>
        <translation>الشهادات ({n})</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>Replaced by a newer one</source>
        <translation>استُبدلت بأحدث منها</translation>
    </message>
    <message>
        <source>Issuer not trusted here</source>
        <translation>جهة الإصدار غير موثوقة هنا</translation>
    </message>
    <message>
        <source>Classroom sessions ({n})</source>
        <translation>الجلسات الصفية ({n})</translation>
    </message>
    <message>
        <source>Trainer: {name}</source>
        <translation>المدرب: ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>حضر</translation>
    </message>
    <message>
        <source>Practical checks ({n})</source>
        <translation>التقييمات العملية ({n})</translation>
    </message>
</context>
<context>
    <name>LearnersModel</name>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>بلا مسار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <source>Imported from another installation</source>
        <translation>مستورد من نسخة مثبتة أخرى</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Search guides, walkthroughs and quizzes…</source>
        <translation>البحث في الأدلة والتمارين التطبيقية والاختبارات…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Previous results</source>
        <translation>النتائج السابقة</translation>
    </message>
    <message>
        <source>More results</source>
        <translation>مزيد من النتائج</translation>
    </message>
    <message>
        <source>Books and chapters</source>
        <translation>الكتب والفصول</translation>
    </message>
    <message>
        <source>Choose a chapter from the list, or search all guides, to read it here.</source>
        <translation>اختر فصلًا من القائمة، أو ابحث في جميع الأدلة الإرشادية، لقراءته هنا.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>Results %1–%2 of %3</source>
        <translation>النتائج %1–%2 من %3</translation>
    </message>
    <message>
        <source>No results for this search.</source>
        <translation>لا توجد نتائج لهذا البحث.</translation>
    </message>
</context>
<context>
    <name>LockedSection</name>
    <message>
        <source>Unlock trainer mode…</source>
        <translation>فتح وضع المدرب…</translation>
    </message>
    <message>
        <source>Unlock trainer mode</source>
        <translation>فتح وضع المدرب</translation>
    </message>
    <message>
        <source>This screen shows every learner&apos;s records and is for trainers. Trainer mode is not set up on this laptop yet: a trainer sets it up with a passphrase of their own.</source>
        <translation>تعرض هذه الشاشة سجلات جميع المتدربين وهي مخصصة للمدربين. لم يُعدّ وضع المدرب على هذا الحاسوب المحمول بعد: يُعدّه مدرب بعبارة مرور خاصة به.</translation>
    </message>
    <message>
        <source>Set up trainer mode…</source>
        <translation>إعداد وضع المدرب…</translation>
    </message>
    <message>
        <source>This screen shows every learner&apos;s records. Give the trainer passphrase to open it.</source>
        <translation>تعرض هذه الشاشة سجلات جميع المتدربين. أدخل عبارة مرور المدرب لفتحها.</translation>
    </message>
</context>
<context>
    <name>LrsSettingsBox</name>
    <message>
        <source>Learning Record Store (xAPI)</source>
        <translation>مستودع سجلات التعلم (xAPI)</translation>
    </message>
    <message>
        <source>LRS endpoint</source>
        <translation>نقطة نهاية LRS</translation>
    </message>
    <message>
        <source>LRS user (client key)</source>
        <translation>مستخدم LRS (مفتاح العميل)</translation>
    </message>
    <message>
        <source>LRS password (client secret)</source>
        <translation>كلمة مرور LRS (سر العميل)</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>محفوظة</translation>
    </message>
    <message>
        <source>Account home page</source>
        <translation>الصفحة الرئيسية للحساب</translation>
    </message>
    <message>
        <source>Include learners&apos; names in statements</source>
        <translation>تضمين أسماء المتدربين في بيانات xAPI</translation>
    </message>
    <message>
        <source>&amp;Save LRS settings</source>
        <translation>حفظ إعدادات LRS</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>الإرسال الآن</translation>
    </message>
    <message>
        <source>Sending statements</source>
        <translation>إرسال بيانات xAPI</translation>
    </message>
    <message>
        <source>Statement queue</source>
        <translation>قائمة انتظار بيانات xAPI</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>نقطة النهاية:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>Account &amp;home page:</source>
        <translation>الصفحة الرئيسية للحساب:</translation>
    </message>
    <message>
        <source>Waiting: {0} · sent: {1} · refused: {2} · in conflict: {3}</source>
        <translation>قيد الانتظار: {0} · مُرسلة: {1} · مرفوضة: {2} · متعارضة: {3}</translation>
    </message>
    <message>
        <source>Sent {0}; {1} wait to be retried.</source>
        <translation>أُرسل: {0}؛ بانتظار إعادة المحاولة: {1}.</translation>
    </message>
    <message>
        <source>Sending failed.</source>
        <translation>تعذّر الإرسال.</translation>
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
        <translation>جارٍ فتح سجلات تدريبك…</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>جارٍ التحميل</translation>
    </message>
    <message>
        <source>Some content has problems: {first}</source>
        <translation>يوجد خلل في بعض المحتوى: ⁨{first}⁩</translation>
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
        <translation>اختر ما يطابقه…</translation>
    </message>
    <message>
        <source>Match for: {left}</source>
        <translation>ما يطابق: ⁨{left}⁩</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Not in this learner&apos;s track</source>
        <translation>ليس ضمن مسار هذا المتدرب</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
</context>
<context>
    <name>OrderingWidget</name>
    <message>
        <source>Put the items in order: select one, then Move up or Move down (Alt+Up, Alt+Down).</source>
        <translation>رتّب العناصر: اختر عنصرًا ثم «نقل لأعلى» أو «نقل لأسفل» (Alt+↑، Alt+↓).</translation>
    </message>
    <message>
        <source>Items to put in order</source>
        <translation>العناصر المطلوب ترتيبها</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Move the selected item up</source>
        <translation>نقل العنصر المحدد لأعلى</translation>
    </message>
    <message>
        <source>Move the selected item down</source>
        <translation>نقل العنصر المحدد لأسفل</translation>
    </message>
    <message>
        <source>&amp;Keep this order</source>
        <translation>الإبقاء على هذا الترتيب</translation>
    </message>
    <message>
        <source>Keep this order as my answer</source>
        <translation>اعتماد هذا الترتيب إجابةً لي</translation>
    </message>
</context>
<context>
    <name>PlannedStaffPanel</name>
    <message>
        <source>How many people of each role the rollout plans, for all agencies or per agency. Shares of certified staff are counted against these numbers.</source>
        <translation>عدد الأشخاص المخطط له لكل دور في النشر، لجميع الوكالات أو لكل وكالة. تُحسب نسب الموظفين الحاصلين على شهادات بالنسبة إلى هذه الأعداد.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>المخطط</translation>
    </message>
    <message>
        <source>Planned staff</source>
        <translation>الموظفون المخطط لهم</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>جميع الوكالات</translation>
    </message>
    <message>
        <source>Planned number</source>
        <translation>العدد المخطط</translation>
    </message>
    <message>
        <source>Save planned number</source>
        <translation>حفظ العدد المخطط</translation>
    </message>
    <message>
        <source>Save the planned number</source>
        <translation>حفظ العدد المخطط</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>إزالة المحدد</translation>
    </message>
    <message>
        <source>Remove the selected planned number</source>
        <translation>إزالة العدد المخطط المحدد</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>الوكالة:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>المخطط:</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Presenting: {title}</source>
        <translation>العرض: ⁨{title}⁩</translation>
    </message>
    <message>
        <source>Presenter view</source>
        <translation>عرض المقدِّم</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>الشريحة الحالية</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>الشريحة التالية</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>ملاحظات المتحدث</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>الوقت المنقضي</translation>
    </message>
    <message>
        <source>Esc leaves presenter mode · ← → move between slides</source>
        <translation>Esc للخروج من وضع العرض · ← → للتنقل بين الشرائح</translation>
    </message>
    <message>
        <source>End of the deck</source>
        <translation>نهاية العرض</translation>
    </message>
    <message>
        <source>No speaker notes for this slide.</source>
        <translation>لا توجد ملاحظات لهذه الشريحة.</translation>
    </message>
    <message>
        <source>Slide {number} of {count}</source>
        <translation>الشريحة {number} من {count}</translation>
    </message>
    <message>
        <source>Elapsed {time}</source>
        <translation>المنقضي: ⁨{time}⁩</translation>
    </message>
</context>
<context>
    <name>ProfilePicker</name>
    <message>
        <source>Who is training today?</source>
        <translation>من يتدرب اليوم؟</translation>
    </message>
    <message>
        <source>Find your name…</source>
        <translation>ابحث عن اسمك…</translation>
    </message>
    <message>
        <source>Find a profile</source>
        <translation>البحث عن ملف شخصي</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>الملفات الشخصية</translation>
    </message>
    <message>
        <source>No profiles yet. Create yours on the right to start training.</source>
        <translation>لا توجد ملفات شخصية بعد. أنشئ ملفك على اليسار لبدء التدريب.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Continue with the selected profile</source>
        <translation>المتابعة بالملف الشخصي المحدد</translation>
    </message>
    <message>
        <source>Archive profile…</source>
        <translation>أرشفة الملف الشخصي…</translation>
    </message>
    <message>
        <source>Archive the selected profile</source>
        <translation>أرشفة الملف الشخصي المحدد</translation>
    </message>
    <message>
        <source>Opening your training records…</source>
        <translation>جارٍ فتح سجلات تدريبك…</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>ملف شخصي جديد</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>PIN (optional, 4 to 8 digits)</source>
        <translation>رمز PIN (اختياري، من 4 إلى 8 أرقام)</translation>
    </message>
    <message>
        <source>Optional, 4–8 digits</source>
        <translation>اختياري، 4–8 أرقام</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>إنشاء ملف شخصي</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>الاسم الكامل:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>الوكالة:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>رمز PIN:</translation>
    </message>
    <message>
        <source>Protected by a PIN</source>
        <translation>محمي برمز PIN</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>PIN for {name}:</source>
        <translation>رمز PIN الخاص بـ ⁨{name}⁩:</translation>
    </message>
    <message>
        <source>Cannot open this profile</source>
        <translation>تعذّر فتح هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>The profile was not created</source>
        <translation>لم يُنشأ الملف الشخصي</translation>
    </message>
    <message>
        <source>Archive profile</source>
        <translation>أرشفة الملف الشخصي</translation>
    </message>
    <message>
        <source>{name} has no PIN, so only a trainer can archive this profile, and trainer mode is not set up on this laptop yet. A trainer can set it up: sign in, open Settings and choose “Set up trainer mode…”.</source>
        <translation>ليس لدى ⁨{name}⁩ رمز PIN، لذا لا يمكن أرشفة هذا الملف الشخصي إلا لمدرب، ولم يُعدّ وضع المدرب على هذا الحاسوب المحمول بعد. يمكن لمدرب إعداده: سجّل الدخول، وافتح الإعدادات، واختر «إعداد وضع المدرب…».</translation>
    </message>
    <message>
        <source>Archive {name}? The records are kept; the profile is hidden from this list.</source>
        <translation>هل تريد أرشفة ⁨{name}⁩؟ تُحفظ السجلات، ويُخفى الملف الشخصي من هذه القائمة.</translation>
    </message>
</context>
<context>
    <name>ProgressTask</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>QtPlayer</name>
    <message>
        <source>Qt Multimedia has no usable media backend on this computer</source>
        <translation>لا يتوفر لـ Qt Multimedia محرك وسائط صالح للاستخدام على هذا الحاسوب</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>the file is not a playable video</source>
        <translation>الملف ليس فيديو قابلًا للتشغيل</translation>
    </message>
    <message>
        <source>the file could not be decoded</source>
        <translation>تعذّر فك ترميز الملف</translation>
    </message>
</context>
<context>
    <name>QuizReview</name>
    <message>
        <source>No answer</source>
        <translation>لا توجد إجابة</translation>
    </message>
    <message>
        <source>True</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>لا يوجد ما يطابقه</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>صحيحة</translation>
    </message>
    <message>
        <source>Partly right</source>
        <translation>صحيحة جزئيًا</translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation>خاطئة</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>إجابتك</translation>
    </message>
    <message>
        <source>Right answer</source>
        <translation>الإجابة الصحيحة</translation>
    </message>
    <message>
        <source>Options as shown:</source>
        <translation>الخيارات كما عُرضت:</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>غير ناجحة</translation>
    </message>
    <message>
        <source>Attempt {number}: {earned:g} of {possible:g} points. The pass mark is {mark}.</source>
        <translation>المحاولة {number}: {earned:g} من {possible:g} نقطة. درجة النجاح ⁨{mark}⁩.</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>السؤال {number}</translation>
    </message>
    <message>
        <source>Part {number}</source>
        <translation>الجزء {number}</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <source>Quiz error</source>
        <translation>خطأ في الاختبار</translation>
    </message>
    <message>
        <source>Position in the quiz</source>
        <translation>الموضع في الاختبار</translation>
    </message>
    <message>
        <source>Progress through the quiz</source>
        <translation>التقدم في الاختبار</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>السؤال السابق</translation>
    </message>
    <message>
        <source>Quiz result</source>
        <translation>نتيجة الاختبار</translation>
    </message>
    <message>
        <source>&amp;Back to the quiz</source>
        <translation>العودة إلى الاختبار</translation>
    </message>
    <message>
        <source>Back to the quiz start page</source>
        <translation>العودة إلى صفحة بداية الاختبار</translation>
    </message>
    <message>
        <source>Question {number}</source>
        <translation>السؤال {number}</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>دراسة حالة</translation>
    </message>
    <message>
        <source>&amp;Review answers</source>
        <translation>مراجعة الإجابات</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>السؤال {number} من {total}</translation>
    </message>
    <message>
        <source>Questions {first}–{last} of {total}</source>
        <translation>الأسئلة {first}–{last} من {total}</translation>
    </message>
    <message>
        <source>Answered {answered} of {total} questions</source>
        <translation>تمت الإجابة عن {answered} من {total}</translation>
    </message>
    <message>
        <source>Question {number}: {prompt}</source>
        <translation>السؤال {number}: ⁨{prompt}⁩</translation>
    </message>
    <message>
        <source>Submit your answers? You cannot change them afterwards.</source>
        <translation>هل تريد إرسال إجاباتك؟ لن تتمكن من تغييرها بعد ذلك.</translation>
    </message>
    <message>
        <source>{count} question(s) are not answered yet.</source>
        <translation>عدد الأسئلة التي لم تتم الإجابة عنها بعد: {count}.</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>إرسال الإجابات</translation>
    </message>
</context>
<context>
    <name>ReaderWidget</name>
    <message>
        <source>Contents of this chapter</source>
        <translation>محتويات هذا الفصل</translation>
    </message>
    <message>
        <source>Reading status</source>
        <translation>حالة القراءة</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>This link points outside the training pack and was not opened.</source>
        <translation>يشير هذا الرابط إلى خارج حزمة التدريب ولم يُفتح.</translation>
    </message>
    <message>
        <source>Progress was not saved: {reason}</source>
        <translation>لم يُحفظ التقدم: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>✓ Read</source>
        <translation>✓ تمت القراءة</translation>
    </message>
    <message>
        <source>You reached the end; it counts as read after %1 more reading time.</source>
        <translation>وصلت إلى النهاية؛ سيُحتسب الفصل مقروءًا بعد %1 إضافية من القراءة.</translation>
    </message>
    <message>
        <source>You reached the end; it counts as read after the minimum reading time.</source>
        <translation>وصلت إلى النهاية؛ سيُحتسب الفصل مقروءًا بعد انقضاء الحد الأدنى لوقت القراءة.</translation>
    </message>
    <message>
        <source>Read to the end of the chapter to complete it (reading time left: %1).</source>
        <translation>اقرأ الفصل حتى نهايته لإكماله (وقت القراءة المتبقي: %1).</translation>
    </message>
    <message>
        <source>Read to the end of the chapter to complete it.</source>
        <translation>اقرأ الفصل حتى نهايته لإكماله.</translation>
    </message>
</context>
<context>
    <name>RequirementTree</name>
    <message>
        <source>Requirements of the step</source>
        <translation>متطلبات الخطوة</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>مستوفى</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>غير مستوفى</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Case worker</source>
        <translation>أخصائي الحالة</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>مدير الحالات</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
    <message>
        <source>CPIMS+ coordinator</source>
        <translation>منسق CPIMS+</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>المدرب</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
</context>
<context>
    <name>RolloutView</name>
    <message>
        <source>Rollout</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Refresh the rollout steps</source>
        <translation>تحديث خطوات النشر</translation>
    </message>
    <message>
        <source>&amp;Export readiness report (PDF)…</source>
        <translation>تصدير تقرير الجاهزية (PDF)…</translation>
    </message>
    <message>
        <source>Export the readiness report as a PDF file</source>
        <translation>تصدير تقرير الجاهزية كملف PDF</translation>
    </message>
    <message>
        <source>Rollout steps</source>
        <translation>خطوات النشر</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Planned staff</source>
        <translation>الموظفون المخطط لهم</translation>
    </message>
    <message>
        <source>Checking the rollout steps…</source>
        <translation>جارٍ التحقق من خطوات النشر…</translation>
    </message>
    <message>
        <source>Step {step}: {title}
{state}</source>
        <translation>الخطوة {step}: ⁨{title}⁩
{state}</translation>
    </message>
    <message>
        <source>Step {step}: {title}</source>
        <translation>الخطوة {step}: ⁨{title}⁩</translation>
    </message>
    <message>
        <source>Status: {state}</source>
        <translation>الحالة: {state}</translation>
    </message>
    <message>
        <source>Outcome: {outcome}</source>
        <translation>النتيجة: ⁨{outcome}⁩</translation>
    </message>
    <message>
        <source>Signed off by {name} on {date}.</source>
        <translation>اعتمدها ⁨{name}⁩ بتاريخ ⁨{date}⁩.</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>ملاحظة: ⁨{note}⁩</translation>
    </message>
    <message>
        <source>Marked not applicable by {name} on {date}. Reason: {reason}</source>
        <translation>حدّدها ⁨{name}⁩ بأنها لا تنطبق بتاريخ ⁨{date}⁩. السبب: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Evidence saved.</source>
        <translation>تم حفظ الدليل.</translation>
    </message>
    <message>
        <source>The step is signed off.</source>
        <translation>اعتُمدت الخطوة.</translation>
    </message>
    <message>
        <source>The step is marked not applicable.</source>
        <translation>حُدّدت الخطوة بأنها لا تنطبق.</translation>
    </message>
    <message>
        <source>Planned number saved.</source>
        <translation>تم حفظ العدد المخطط.</translation>
    </message>
    <message>
        <source>Planned number removed.</source>
        <translation>تمت إزالة العدد المخطط.</translation>
    </message>
    <message>
        <source>Export readiness report</source>
        <translation>تصدير تقرير الجاهزية</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the readiness report…</source>
        <translation>جارٍ إنشاء تقرير الجاهزية…</translation>
    </message>
    <message>
        <source>The readiness report is saved as {path}.</source>
        <translation>حُفظ تقرير الجاهزية باسم ⁨{path}⁩.</translation>
    </message>
</context>
<context>
    <name>SafeTextBrowser</name>
    <message>
        <source>Chapter text</source>
        <translation>نص الفصل</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <source>The same again</source>
        <translation>تأكيد عبارة المرور</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>جارٍ التحقق</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>التأكيد:</translation>
    </message>
    <message>
        <source>The two entries differ. Type the same passphrase twice.</source>
        <translation>الإدخالان غير متطابقين. اكتب عبارة المرور نفسها مرتين.</translation>
    </message>
    <message>
        <source>That is not right.</source>
        <translation>هذا غير صحيح.</translation>
    </message>
    <message>
        <source>Too many wrong attempts. Try again in {seconds} seconds.</source>
        <translation>محاولات خاطئة كثيرة. أعد المحاولة بعد {seconds} ثانية.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>عبارة المرور هذه غير صحيحة.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>New training session</source>
        <translation>جلسة تدريبية جديدة</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>عنوان الجلسة</translation>
    </message>
    <message>
        <source>For example: Day 1 — registering cases</source>
        <translation>مثلًا: اليوم 1 — تسجيل الحالات</translation>
    </message>
    <message>
        <source>Date held</source>
        <translation>تاريخ الانعقاد</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation>الوحدات المشمولة</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Planned staff name</source>
        <translation>اسم من الموظفين المخطط لهم</translation>
    </message>
    <message>
        <source>Someone without a profile on this laptop</source>
        <translation>شخص ليس له ملف تعريف على هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Record session</source>
        <translation>تسجيل الجلسة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>&amp;Held on:</source>
        <translation>تاريخ الانعقاد:</translation>
    </message>
    <message>
        <source>&amp;Modules covered:</source>
        <translation>الوحدات المشمولة:</translation>
    </message>
    <message>
        <source>Atte&amp;ndees:</source>
        <translation>الحاضرون:</translation>
    </message>
    <message>
        <source>&amp;Planned staff:</source>
        <translation>الموظفون المخطط لهم:</translation>
    </message>
    <message>
        <source>{name} (no profile here)</source>
        <translation>⁨{name}⁩ (بلا ملف تعريف هنا)</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>أعطِ الجلسة عنوانًا.</translation>
    </message>
    <message>
        <source>Tick at least one module the session covered.</source>
        <translation>حدّد وحدة واحدة على الأقل شملتها الجلسة.</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>&amp;New session…</source>
        <translation>جلسة جديدة…</translation>
    </message>
    <message>
        <source>Record practical &amp;check…</source>
        <translation>تسجيل تقييم عملي…</translation>
    </message>
    <message>
        <source>Sessions status</source>
        <translation>حالة الجلسات</translation>
    </message>
    <message>
        <source>Last recorded</source>
        <translation>آخر ما سُجّل</translation>
    </message>
    <message>
        <source>Training sessions</source>
        <translation>الجلسات التدريبية</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>انعقدت</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>المدرب</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>وقّعها</translation>
    </message>
    <message>
        <source>Practical checks</source>
        <translation>التقييمات العملية</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتدرب</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Observed by</source>
        <translation>لاحظه</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>{fingerprint} (not trusted: does not count)</source>
        <translation>⁨{fingerprint}⁩ (غير موثوق: لا يُحتسب)</translation>
    </message>
    <message>
        <source>{name} (no profile here)</source>
        <translation>⁨{name}⁩ (بلا ملف تعريف هنا)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>غير ناجح</translation>
    </message>
    <message>
        <source>Sessions: {s} · practical checks: {c}</source>
        <translation>الجلسات: {s} · التقييمات العملية: {c}</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>جلسة تدريبية</translation>
    </message>
    <message>
        <source>Recorded “{title}”. Attendees: {n}.</source>
        <translation>سُجّلت «⁨{title}⁩». عدد الحاضرين: {n}.</translation>
    </message>
    <message>
        <source>Certificates issued: {n}.</source>
        <translation>عدد الشهادات الصادرة: {n}.</translation>
    </message>
    <message>
        <source>A certificate this earned could not be issued yet. The record is kept, and the certificate is issued once the problem is fixed (when the learner opens Certificates). Why: {reason}</source>
        <translation>تعذّر حتى الآن إصدار شهادة استُحقّت بهذا. السجل محفوظ، وستصدر الشهادة بعد حلّ المشكلة (عندما يفتح المتدرب الشهادات). السبب: {reason}</translation>
    </message>
    <message>
        <source>Practical check</source>
        <translation>التقييم العملي</translation>
    </message>
    <message>
        <source>Recorded the practical check.</source>
        <translation>سُجّل التقييم العملي.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>دورك</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Video player</source>
        <translation>مشغل الفيديو</translation>
    </message>
    <message>
        <source>Qt Multimedia (built in)</source>
        <translation>Qt Multimedia (مدمج)</translation>
    </message>
    <message>
        <source>VLC (needs VLC installed)</source>
        <translation>VLC (يتطلب تثبيت VLC)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>حجم النص:</translation>
    </message>
    <message>
        <source>&amp;Video player:</source>
        <translation>مشغل الفيديو:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>مجلد البيانات:</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>تبديل الملف الشخصي</translation>
    </message>
</context>
<context>
    <name>SlideThumbnails</name>
    <message>
        <source>Slides in this deck</source>
        <translation>شرائح هذا العرض</translation>
    </message>
    <message>
        <source>Slide {number}</source>
        <translation>الشريحة {number}</translation>
    </message>
</context>
<context>
    <name>SlidesView</name>
    <message>
        <source>Slide</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Slide deck message</source>
        <translation>رسالة العرض التقديمي</translation>
    </message>
    <message>
        <source>Slides status</source>
        <translation>حالة الشرائح</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>▶ السابقة</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>الشريحة السابقة</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>التالية ◀</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>الشريحة التالية</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>Fit the slide to the width</source>
        <translation>ملاءمة الشريحة لعرض النافذة</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>الشريحة كاملة</translation>
    </message>
    <message>
        <source>Fit the whole slide</source>
        <translation>عرض الشريحة كاملة</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Open original</source>
        <translation>فتح الملف الأصلي</translation>
    </message>
    <message>
        <source>Open the original PowerPoint file</source>
        <translation>فتح ملف PowerPoint الأصلي</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>تقديم</translation>
    </message>
    <message>
        <source>Full-screen presenter mode</source>
        <translation>وضع المقدِّم بملء الشاشة</translation>
    </message>
    <message>
        <source>The slide deck {file} cannot be opened: {reason}</source>
        <translation>يتعذّر فتح العرض التقديمي ⁨{file}⁩: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>the file was not found.</source>
        <translation>لم يُعثر على الملف.</translation>
    </message>
    <message>
        <source>it is not a valid PDF file.</source>
        <translation>ليس ملف PDF صالحًا.</translation>
    </message>
    <message>
        <source>it is protected by a password.</source>
        <translation>محمي بكلمة مرور.</translation>
    </message>
    <message>
        <source>its security scheme is not supported.</source>
        <translation>نظام الحماية الخاص به غير مدعوم.</translation>
    </message>
    <message>
        <source>it has no pages or could not be read.</source>
        <translation>لا يحتوي على صفحات أو تعذّرت قراءته.</translation>
    </message>
    <message>
        <source>Slide {number} of {count}</source>
        <translation>الشريحة {number} من {count}</translation>
    </message>
    <message>
        <source>Progress was not saved: {reason}</source>
        <translation>لم يُحفظ التقدم: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>✓ Every slide seen</source>
        <translation>✓ شوهدت جميع الشرائح</translation>
    </message>
    <message>
        <source>{seen} of {count} slides seen. See every slide to complete the deck.</source>
        <translation>الشرائح التي شوهدت: {seen} من {count}. شاهد جميع الشرائح لإكمال العرض.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>About this quiz</source>
        <translation>حول هذا الاختبار</translation>
    </message>
    <message>
        <source>Quiz message</source>
        <translation>رسالة الاختبار</translation>
    </message>
    <message>
        <source>&amp;Start the quiz</source>
        <translation>بدء الاختبار</translation>
    </message>
    <message>
        <source>Past attempts</source>
        <translation>المحاولات السابقة</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>المحاولة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>&amp;Review the selected attempt</source>
        <translation>مراجعة المحاولة المحددة</translation>
    </message>
    <message>
        <source>Review the selected attempt</source>
        <translation>مراجعة المحاولة المحددة</translation>
    </message>
    <message>
        <source>{low} to {high} questions</source>
        <translation>من {low} إلى {high} سؤالًا</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>سؤال واحد</translation>
    </message>
    <message>
        <source>{count} questions</source>
        <translation>عدد الأسئلة: {count}</translation>
    </message>
    <message>
        <source>Pass mark: {mark}</source>
        <translation>درجة النجاح: ⁨{mark}⁩</translation>
    </message>
    <message>
        <source>Attempts used: {used} of {allowed}</source>
        <translation>المحاولات المستخدمة: {used} من {allowed}</translation>
    </message>
    <message>
        <source>Attempts used: {used} (no limit)</source>
        <translation>المحاولات المستخدمة: {used} (بلا حد)</translation>
    </message>
    <message>
        <source>You can try this quiz again from {time}.</source>
        <translation>يمكنك إعادة هذا الاختبار اعتبارًا من ⁨{time}⁩.</translation>
    </message>
    <message>
        <source>You have used all {count} attempts allowed for this quiz.</source>
        <translation>استنفدت جميع المحاولات المسموح بها لهذا الاختبار ({count}).</translation>
    </message>
    <message>
        <source>&amp;Resume the quiz</source>
        <translation>استئناف الاختبار</translation>
    </message>
    <message>
        <source>&amp;Start a new attempt</source>
        <translation>بدء محاولة جديدة</translation>
    </message>
    <message>
        <source>This quiz cannot be opened</source>
        <translation>يتعذّر فتح هذا الاختبار</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>غير ناجحة</translation>
    </message>
</context>
<context>
    <name>StepWidget</name>
    <message>
        <source>Step {number}</source>
        <translation>الخطوة {number}</translation>
    </message>
    <message>
        <source>Performed by: {role}</source>
        <translation>يؤديها: ⁨{role}⁩</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>النتيجة المتوقعة</translation>
    </message>
    <message>
        <source>Picture for step {number}</source>
        <translation>صورة الخطوة {number}</translation>
    </message>
    <message>
        <source>Done: I see the expected result</source>
        <translation>تم: أرى النتيجة المتوقعة</translation>
    </message>
    <message>
        <source>Step {number} done</source>
        <translation>تمت الخطوة {number}</translation>
    </message>
    <message>
        <source>Record the value here</source>
        <translation>سجّل القيمة هنا</translation>
    </message>
    <message>
        <source>What you saw, any difference</source>
        <translation>ما لاحظته وأي اختلاف</translation>
    </message>
    <message>
        <source>Note for step {number}</source>
        <translation>ملاحظة للخطوة {number}</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>ملاحظة (اختيارية)</translation>
    </message>
</context>
<context>
    <name>TrainerActions</name>
    <message>
        <source>Not done</source>
        <translation>لم تُنفَّذ العملية</translation>
    </message>
    <message>
        <source>Import records bundles or receipts</source>
        <translation>استيراد حزم السجلات أو إيصالات الاستلام</translation>
    </message>
    <message>
        <source>Records bundles and receipts (*.zip *.json)</source>
        <translation>حزم السجلات وإيصالات الاستلام (*.zip *.json)</translation>
    </message>
    <message>
        <source>Importing records</source>
        <translation>جارٍ استيراد السجلات</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message>
        <source>Export records</source>
        <translation>تصدير السجلات</translation>
    </message>
    <message>
        <source>Records bundle (*.zip)</source>
        <translation>حزمة سجلات (*.zip)</translation>
    </message>
    <message>
        <source>Exporting records</source>
        <translation>جارٍ تصدير السجلات</translation>
    </message>
    <message>
        <source>Records exported</source>
        <translation>تم تصدير السجلات</translation>
    </message>
    <message>
        <source>{path}
{n} records, signed with key {key}.</source>
        <translation>⁨{path}⁩
عدد السجلات: {n}، موقّعة بالمفتاح ⁨{key}⁩.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>جارٍ إنشاء التقرير</translation>
    </message>
    <message>
        <source>Folder for the certificates of the chosen learners</source>
        <translation>مجلد شهادات المتدربين المختارين</translation>
    </message>
    <message>
        <source>Certificates of the chosen learners</source>
        <translation>شهادات المتدربين المختارين</translation>
    </message>
    <message>
        <source>Zip of PDFs (*.zip)</source>
        <translation>ملف zip لملفات PDF (*.zip)</translation>
    </message>
    <message>
        <source>Writing certificates</source>
        <translation>جارٍ إنشاء الشهادات</translation>
    </message>
    <message>
        <source>Import certificate files</source>
        <translation>استيراد ملفات الشهادات</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.json)</source>
        <translation>الشهادات (*.pdf *.json)</translation>
    </message>
    <message>
        <source>Importing certificates</source>
        <translation>جارٍ استيراد الشهادات</translation>
    </message>
    <message>
        <source>No certificate files (.pdf, .json) were found there.</source>
        <translation>لم يُعثر هناك على أي ملفات شهادات (.pdf، .json).</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>إلغاء الشهادة</translation>
    </message>
    <message>
        <source>Revoke {title}?
It stays stored, marked revoked, and no longer counts.
Reason:</source>
        <translation>هل تريد إلغاء ⁨{title}⁩؟
تبقى محفوظة، مع وسمها بأنها ملغاة، ولا تُحتسب بعد الآن.
السبب:</translation>
    </message>
    <message>
        <source>A revocation needs a reason; nothing was changed.</source>
        <translation>يتطلب الإلغاء ذكر سبب؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source> (issuer not trusted here: it does not count yet)</source>
        <translation> (جهة الإصدار غير موثوقة هنا: لا تُحتسب بعد)</translation>
    </message>
    <message>
        <source>receipt: bundle {id} arrived at key {key} on {when} ({n} records).</source>
        <translation>إيصال استلام: وصلت الحزمة {id} إلى المفتاح ⁨{key}⁩ بتاريخ ⁨{when}⁩ (عدد السجلات: {n}).</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated</source>
        <translation>أُضيف: {added}، حُدّث: {updated}</translation>
    </message>
    <message>
        <source>, {n} kept until key {key} is trusted</source>
        <translation>، واحتُفظ بـ {n} إلى أن يُوثق بالمفتاح ⁨{key}⁩</translation>
    </message>
    <message>
        <source>, {n} learner details differ (see Exchange)</source>
        <translation>، و{n} من بيانات المتدربين مختلفة (انظر التبادل)</translation>
    </message>
    <message>
        <source>. Receipt for the field laptop: {path}</source>
        <translation>. إيصال الاستلام للحاسوب المحمول الميداني: ⁨{path}⁩</translation>
    </message>
</context>
<context>
    <name>TrainerMode</name>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Give the trainer passphrase to open the trainer and coordinator screens.</source>
        <translation>أدخل عبارة مرور المدرب لفتح شاشات المدربين والمنسقين.</translation>
    </message>
    <message>
        <source>Trainer mode is for the trainers and coordinators of this laptop. With it they see every learner&apos;s records, import and export records, trust other laptops&apos; keys, sign off rollout steps and change the connection settings; the command line asks for it too before it changes shared data.

Choose a passphrase of at least {n} characters that only trainers and coordinators know, and type it twice. Learners keep using their own profiles as before.</source>
        <translation>وضع المدرب مخصص لمدربي هذا الحاسوب المحمول ومنسقيه. يتيح لهم الاطلاع على سجلات جميع المتدربين، واستيراد السجلات وتصديرها، والوثوق بمفاتيح الحواسيب المحمولة الأخرى، واعتماد خطوات النشر، وتغيير إعدادات الاتصال؛ ويطلبه سطر الأوامر أيضًا قبل تغيير البيانات المشتركة.

اختر عبارة مرور لا تقل عن {n} حرفًا لا يعرفها إلا المدربون والمنسقون، واكتبها مرتين. يواصل المتدربون استخدام ملفاتهم الشخصية كما في السابق.</translation>
    </message>
    <message>
        <source>Set up trainer mode</source>
        <translation>إعداد وضع المدرب</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Give the current trainer passphrase, then the new one ({n} characters or more) twice.</source>
        <translation>أدخل عبارة مرور المدرب الحالية، ثم الجديدة ({n} حرفًا أو أكثر) مرتين.</translation>
    </message>
    <message>
        <source>Change the trainer passphrase</source>
        <translation>تغيير عبارة مرور المدرب</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>Unlock trainer mode</source>
        <translation>فتح وضع المدرب</translation>
    </message>
    <message>
        <source>Archiving hides {name} from this list; the records are kept. Give {name}&apos;s PIN or the trainer passphrase.</source>
        <translation>تؤدي الأرشفة إلى إخفاء ⁨{name}⁩ من هذه القائمة مع الاحتفاظ بالسجلات. أدخل رمز PIN الخاص بـ ⁨{name}⁩ أو عبارة مرور المدرب.</translation>
    </message>
    <message>
        <source>Archive profile</source>
        <translation>أرشفة الملف الشخصي</translation>
    </message>
    <message>
        <source>PIN or passphrase</source>
        <translation>رمز PIN أو عبارة المرور</translation>
    </message>
</context>
<context>
    <name>TrainerSettings</name>
    <message>
        <source>Database in use</source>
        <translation>قاعدة البيانات المستخدمة</translation>
    </message>
    <message>
        <source>Change the trainer passphrase…</source>
        <translation>تغيير عبارة مرور المدرب…</translation>
    </message>
    <message>
        <source>Change the trainer passphrase</source>
        <translation>تغيير عبارة مرور المدرب</translation>
    </message>
    <message>
        <source>Trainer settings</source>
        <translation>إعدادات المدرب</translation>
    </message>
    <message>
        <source>The Learning Record Store, the shared database, whether learners&apos; names leave this laptop and the trainer passphrase are set by trainers, in trainer mode.</source>
        <translation>يضبط المدربون، في وضع المدرب، مستودع سجلات التعلم، وقاعدة البيانات المشتركة، وما إذا كانت أسماء المتدربين تغادر هذا الحاسوب المحمول، وعبارة مرور المدرب.</translation>
    </message>
    <message>
        <source>The Learning Record Store, the shared database, whether learners&apos; names leave this laptop and the trainer passphrase are set by trainers. Trainer mode is not set up on this laptop yet: set it up only if you are the trainer or coordinator for this laptop.</source>
        <translation>يضبط المدربون مستودع سجلات التعلم، وقاعدة البيانات المشتركة، وما إذا كانت أسماء المتدربين تغادر هذا الحاسوب المحمول، وعبارة مرور المدرب. لم يُعدّ وضع المدرب على هذا الحاسوب المحمول بعد: لا تُعدّه إلا إذا كنت المدرب أو المنسق المسؤول عن هذا الحاسوب المحمول.</translation>
    </message>
    <message>
        <source>Unlock trainer mode…</source>
        <translation>فتح وضع المدرب…</translation>
    </message>
    <message>
        <source>Set up trainer mode…</source>
        <translation>إعداد وضع المدرب…</translation>
    </message>
</context>
<context>
    <name>TrainerView</name>
    <message>
        <source>Trainer</source>
        <translation>المدرب</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Trainer views</source>
        <translation>واجهات المدرب</translation>
    </message>
    <message>
        <source>&amp;Learners</source>
        <translation>المتدربون</translation>
    </message>
    <message>
        <source>Completion &amp;matrix</source>
        <translation>مصفوفة الإكمال</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>التبادل</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Item anal&amp;ysis</source>
        <translation>تحليل الأسئلة</translation>
    </message>
    <message>
        <source>CSV (learners)…</source>
        <translation>CSV (المتدربون)…</translation>
    </message>
    <message>
        <source>Excel workbook…</source>
        <translation>مصنف Excel…</translation>
    </message>
    <message>
        <source>PDF for partners…</source>
        <translation>PDF للشركاء…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>&amp;Import records…</source>
        <translation>استيراد السجلات…</translation>
    </message>
    <message>
        <source>Export &amp;records…</source>
        <translation>تصدير السجلات…</translation>
    </message>
    <message>
        <source>Export re&amp;port</source>
        <translation>تصدير تقرير</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <source>only changed since</source>
        <translation>فقط ما تغيّر منذ</translation>
    </message>
    <message>
        <source>Export only records changed since</source>
        <translation>تصدير السجلات التي تغيّرت منذ التاريخ المحدد فقط</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>تغيّرت منذ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>الوكالة</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>البحث عن الأسماء</translation>
    </message>
    <message>
        <source>Ro&amp;le:</source>
        <translation>الدور:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>الوكالة:</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>الموقع:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>المتدربون</translation>
    </message>
    <message>
        <source>Completion matrix</source>
        <translation>مصفوفة الإكمال</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>جميع الأدوار</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>جميع الوكالات</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>جميع المواقع</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>{n} learners · {done} completed · {going} in progress · {rest} not started · {certs} certificates</source>
        <translation>المتدربون: {n} · أكملوا: {done} · قيد الإنجاز: {going} · لم يبدؤوا: {rest} · الشهادات: {certs}</translation>
    </message>
    <message>
        <source>{n} records wait for a key to be trusted (see Exchange)</source>
        <translation>سجلات بانتظار الوثوق بمفتاح: {n} (انظر التبادل)</translation>
    </message>
    <message>
        <source>Learner details</source>
        <translation>تفاصيل المتدرب</translation>
    </message>
</context>
<context>
    <name>TrueFalseWidget</name>
    <message>
        <source>&amp;True</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>&amp;False</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>True</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>False</source>
        <translation>خطأ</translation>
    </message>
</context>
<context>
    <name>VideoActivityView</name>
    <message>
        <source>Video status</source>
        <translation>حالة الفيديو</translation>
    </message>
    <message>
        <source>✓ Watched. You can watch it again at any time.</source>
        <translation>✓ تمت المشاهدة. يمكنك مشاهدته مجددًا في أي وقت.</translation>
    </message>
    <message>
        <source>Watch at least {percent}% of the video to complete it; skipping ahead does not count.</source>
        <translation>شاهد {percent}% على الأقل من الفيديو لإكماله؛ الأجزاء التي تتخطاها لا تُحتسب.</translation>
    </message>
    <message>
        <source>Subtitles could not be loaded: {problem}</source>
        <translation>تعذّر تحميل الترجمة: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>This video cannot be played: {reason}</source>
        <translation>يتعذّر تشغيل هذا الفيديو: ⁨{reason}⁩</translation>
    </message>
</context>
<context>
    <name>VideoControls</name>
    <message>
        <source>−10 s</source>
        <translation>−10 ث</translation>
    </message>
    <message>
        <source>Back 10 seconds</source>
        <translation>الرجوع 10 ثوانٍ</translation>
    </message>
    <message>
        <source>Back 10 seconds (Left arrow)</source>
        <translation>الرجوع 10 ثوانٍ (السهم الأيسر)</translation>
    </message>
    <message>
        <source>+10 s</source>
        <translation>+10 ث</translation>
    </message>
    <message>
        <source>Forward 10 seconds</source>
        <translation>التقدم 10 ثوانٍ</translation>
    </message>
    <message>
        <source>Forward 10 seconds (Right arrow)</source>
        <translation>التقدم 10 ثوانٍ (السهم الأيمن)</translation>
    </message>
    <message>
        <source>Position in the video</source>
        <translation>الموضع في الفيديو</translation>
    </message>
    <message>
        <source>Time played</source>
        <translation>الوقت المنقضي</translation>
    </message>
    <message>
        <source>Length of the video</source>
        <translation>مدة الفيديو</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>مستوى الصوت</translation>
    </message>
    <message>
        <source>Subtitles</source>
        <translation>الترجمة</translation>
    </message>
    <message>
        <source>Show subtitles</source>
        <translation>إظهار الترجمة</translation>
    </message>
    <message>
        <source>Show or hide subtitles</source>
        <translation>إظهار الترجمة أو إخفاؤها</translation>
    </message>
    <message>
        <source>{speed}×</source>
        <translation>{speed}×</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>{action} (Space)</source>
        <translation>{action} (مسافة)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>إلغاء كتم الصوت</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>كتم الصوت</translation>
    </message>
    <message>
        <source>Mute or unmute (M)</source>
        <translation>كتم الصوت أو إلغاء كتمه (M)</translation>
    </message>
    <message>
        <source>Exit full screen</source>
        <translation>الخروج من ملء الشاشة</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>Full screen (F, Esc to leave)</source>
        <translation>ملء الشاشة (F، وEsc للخروج)</translation>
    </message>
</context>
<context>
    <name>VideoView</name>
    <message>
        <source>Video player</source>
        <translation>مشغل الفيديو</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Video message</source>
        <translation>رسالة الفيديو</translation>
    </message>
    <message>
        <source>This video cannot be played: {file}</source>
        <translation>يتعذّر تشغيل هذا الفيديو: ⁨{file}⁩</translation>
    </message>
</context>
<context>
    <name>VlcPlayer</name>
    <message>
        <source>libvlc is not installed or cannot be loaded ({why})</source>
        <translation>مكتبة libvlc غير مثبتة أو يتعذّر تحميلها (⁨{why}⁩)</translation>
    </message>
    <message>
        <source>libvlc refused to start with the options {args}</source>
        <translation>رفضت libvlc البدء بالخيارات ⁨{args}⁩</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>libvlc could not start reading the file</source>
        <translation>تعذّر على libvlc بدء قراءة الملف</translation>
    </message>
    <message>
        <source>libvlc could not read the file</source>
        <translation>تعذّر على libvlc قراءة الملف</translation>
    </message>
    <message>
        <source>libvlc found no video track in the file</source>
        <translation>لم تجد libvlc أي مسار فيديو في الملف</translation>
    </message>
    <message>
        <source>libvlc could not decode the file</source>
        <translation>تعذّر على libvlc فك ترميز الملف</translation>
    </message>
</context>
<context>
    <name>WalkthroughView</name>
    <message>
        <source>Steps done</source>
        <translation>الخطوات المنجزة</translation>
    </message>
    <message>
        <source>Walkthrough progress</source>
        <translation>التقدم في التمرين التطبيقي</translation>
    </message>
    <message>
        <source>Export checklist (PDF)…</source>
        <translation>تصدير قائمة التحقق (PDF)…</translation>
    </message>
    <message>
        <source>Export the checklist as a PDF file</source>
        <translation>تصدير قائمة التحقق كملف PDF</translation>
    </message>
    <message>
        <source>Walkthrough steps</source>
        <translation>خطوات التمرين التطبيقي</translation>
    </message>
    <message>
        <source>Walkthrough message</source>
        <translation>رسالة التمرين التطبيقي</translation>
    </message>
    <message>
        <source>Walkthrough status</source>
        <translation>حالة التمرين التطبيقي</translation>
    </message>
    <message>
        <source>Work on the demo site.</source>
        <translation>اعمل على موقع العرض التجريبي.</translation>
    </message>
    <message>
        <source>Work on the production site: changes there are real.</source>
        <translation>اعمل على موقع الإنتاج: التغييرات فيه حقيقية.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>لم يُحفظ: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>{ticked} of {total} steps</source>
        <translation>الخطوات: {ticked} من {total}</translation>
    </message>
    <message>
        <source>✓ Walkthrough complete</source>
        <translation>✓ اكتمل التمرين التطبيقي</translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation>تصدير قائمة التحقق</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The checklist was not exported: {reason}</source>
        <translation>لم تُصدَّر قائمة التحقق: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>Checklist saved to {path}</source>
        <translation>حُفظت قائمة التحقق في ⁨{path}⁩</translation>
    </message>
</context>
<context>
    <name>certificates</name>
    <message>
        <source>Your progress is saved, and you have earned a certificate, but it could not be issued just now: {reason}
It will be issued as soon as the problem is fixed. Tell your trainer or administrator, then open Certificates.</source>
        <translation>تم حفظ تقدمك وقد استحققت شهادة، لكن تعذّر إصدارها الآن: {reason}
ستصدر الشهادة فور إصلاح المشكلة. أبلغ المدرّب أو المسؤول، ثم افتح الشهادات.</translation>
    </message>
    <message>
        <source>Certificate not issued yet</source>
        <translation>لم تصدر الشهادة بعد</translation>
    </message>
    <message>
        <source>Certificate issued</source>
        <translation>صدرت شهادة</translation>
    </message>
    <message>
        <source>Well done! You have earned a signed certificate:</source>
        <translation>أحسنت! حصلت على شهادة موقّعة:</translation>
    </message>
    <message>
        <source>View certificates</source>
        <translation>عرض الشهادات</translation>
    </message>
    <message>
        <source>Drop certificate files (PDF or JSON) here, open them, or paste the code of a QR token.</source>
        <translation>أفلت ملفات الشهادات (PDF أو JSON) هنا، أو افتحها، أو الصق نص رمز QR المميز.</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>فتح ملفات…</translation>
    </message>
    <message>
        <source>TC1… token from a QR code</source>
        <translation>رمز مميز TC1… من رمز QR</translation>
    </message>
    <message>
        <source>QR token to check</source>
        <translation>رمز QR المميز المطلوب التحقق منه</translation>
    </message>
    <message>
        <source>Check token</source>
        <translation>التحقق من الرمز المميز</translation>
    </message>
    <message>
        <source>Checked certificates</source>
        <translation>الشهادات التي تم التحقق منها</translation>
    </message>
    <message>
        <source>Result of the selected file</source>
        <translation>نتيجة الملف المحدد</translation>
    </message>
    <message>
        <source>Checking certificates</source>
        <translation>جارٍ التحقق من الشهادات</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Trust this issuer…</source>
        <translation>الوثوق بجهة الإصدار هذه…</translation>
    </message>
    <message>
        <source>Check certificates</source>
        <translation>التحقق من الشهادات</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.json *.txt);;All files (*)</source>
        <translation>الشهادات (*.pdf *.json *.txt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>A certificate token starts with TC1.</source>
        <translation>يبدأ الرمز المميز للشهادة بـ TC1.</translation>
    </message>
    <message>
        <source>Checking {count} file(s)…</source>
        <translation>جارٍ التحقق من الملفات ({count})…</translation>
    </message>
    <message>
        <source>The check failed: {e}</source>
        <translation>فشل التحقق: ⁨{e}⁩</translation>
    </message>
    <message>
        <source>{valid} of {total} valid.</source>
        <translation>الصالحة: {valid} من {total}.</translation>
    </message>
    <message>
        <source>Imported {imported}; {already} were already stored.</source>
        <translation>تم استيراد: {imported}؛ كانت محفوظة مسبقًا: {already}.</translation>
    </message>
    <message>
        <source>Not imported: {files}</source>
        <translation>لم يتم استيرادها: ⁨{files}⁩</translation>
    </message>
    <message>
        <source>Trust this issuer</source>
        <translation>الوثوق بجهة الإصدار هذه</translation>
    </message>
    <message>
        <source>Who is the issuer with key {key}?</source>
        <translation>من هي جهة الإصدار صاحبة المفتاح ⁨{key}⁩؟</translation>
    </message>
    <message>
        <source>Trusted {key} as {label}.</source>
        <translation>تم الوثوق بالمفتاح ⁨{key}⁩ باسم ⁨{label}⁩.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتدرب</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>المسار</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>Trusted here</source>
        <translation>موثوقة هنا</translation>
    </message>
    <message>
        <source>the signature does not match: the certificate was changed after it was signed</source>
        <translation>التوقيع غير مطابق: عُدّلت الشهادة بعد توقيعها</translation>
    </message>
    <message>
        <source>intact, but its issuer is not trusted here</source>
        <translation>سليمة، لكن جهة إصدارها غير موثوقة هنا</translation>
    </message>
    <message>
        <source>signed in a way this program does not accept</source>
        <translation>موقّعة بطريقة لا يقبلها هذا البرنامج</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>مستوردة</translation>
    </message>
    <message>
        <source>already stored</source>
        <translation>محفوظة بالفعل</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <source>Issuer not trusted</source>
        <translation>جهة الإصدار غير موثوقة</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>غير صالحة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>QR token</source>
        <translation>رمز QR المميز</translation>
    </message>
    <message>
        <source>Signature, issuer and revocation checked.</source>
        <translation>تم التحقق من التوقيع وجهة الإصدار والإلغاء.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>معرّف الشهادة</translation>
    </message>
    <message>
        <source>trusted here as {label}</source>
        <translation>موثوقة هنا باسم ⁨{label}⁩</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>موثوقة</translation>
    </message>
    <message>
        <source>not trusted here</source>
        <translation>غير موثوقة هنا</translation>
    </message>
    <message>
        <source>Issuer: {issuer}key {key} ({trusted})</source>
        <translation>جهة الإصدار: ⁨{issuer}⁩المفتاح ⁨{key}⁩ (⁨{trusted}⁩)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>{ticked} of {total} steps ticked</source>
        <translation>الخطوات المؤشَّر عليها: {ticked} من {total}</translation>
    </message>
    <message>
        <source>completed on {date}</source>
        <translation>اكتمل بتاريخ ⁨{date}⁩</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>المتدرب</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Training pack</source>
        <translation>حزمة التدريب</translation>
    </message>
    <message>
        <source>Work on</source>
        <translation>العمل على</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Instruction and expected result</source>
        <translation>التعليمات والنتيجة المتوقعة</translation>
    </message>
    <message>
        <source>the demo site</source>
        <translation>موقع العرض التجريبي</translation>
    </message>
    <message>
        <source>the production site</source>
        <translation>موقع الإنتاج</translation>
    </message>
    <message>
        <source>Expected result</source>
        <translation>النتيجة المتوقعة</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>يؤديها</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Ticked on</source>
        <translation>تاريخ وضع العلامة</translation>
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
        <translation>كُتبت التفاصيل في {path}.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. Nothing more was done.</source>
        <translation>حدث خطأ لم يتوقعه البرنامج. لم يُنفَّذ أي شيء آخر.</translation>
    </message>
    <message>
        <source>Too many wrong attempts: try again in {wait:.0f} seconds.</source>
        <translation>محاولات خاطئة كثيرة: حاول مجددًا بعد {wait:.0f} ثانية.</translation>
    </message>
    <message>
        <source>Writing {field} needs Qt (PySide6), which cannot be loaded: {error}</source>
        <translation>كتابة {field} تتطلب Qt (PySide6)، وتعذّر تحميلها: {error}</translation>
    </message>
    <message>
        <source>{name}: a logo may be at most {max_logo_bytes} KiB.</source>
        <translation>{name}: يجب ألا يزيد حجم الشعار على {max_logo_bytes} كيلوبايت.</translation>
    </message>
    <message>
        <source>{name}: a logo must be a PNG or JPEG image.</source>
        <translation>{name}: يجب أن يكون الشعار صورة PNG أو JPEG.</translation>
    </message>
    <message>
        <source>The {field} is longer than {max_text} characters.</source>
        <translation>{field} أطول من {max_text} حرفًا.</translation>
    </message>
    <message>
        <source>{source}: cannot be read ({strerror}).</source>
        <translation>{source}: تتعذّر قراءته ({strerror}).</translation>
    </message>
    <message>
        <source>{name}: &apos;{name2}&apos; is not a date and time.</source>
        <translation>{name}: القيمة &apos;{name2}&apos; ليست تاريخًا ووقتًا.</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not written and nothing was changed. Free some space.</source>
        <translation>القرص ممتلئ: لم يُكتب {name} ولم يتغيّر شيء. أفرغ بعض المساحة.</translation>
    </message>
    <message>
        <source>{name}: &apos;{name2}&apos; is empty but required.</source>
        <translation>{name}: الحقل &apos;{name2}&apos; فارغ لكنه مطلوب.</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; holds a text direction control character (U+{ord:04X}), which would make the name read as something else; names may not contain one.</source>
        <translation>{where}: يحتوي &apos;{name}&apos; على حرف تحكم في اتجاه النص (U+{ord:04X})، قد يجعل الاسم يُقرأ على نحو مختلف؛ لا يجوز أن تحتوي الأسماء على مثله.</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; is {short}; it must be between {low:,g} and {high:,g}.</source>
        <translation>{where}: قيمة &apos;{name}&apos; هي {short}؛ ويجب أن تكون بين {low:,g} و{high:,g}.</translation>
    </message>
    <message>
        <source>{where}: &apos;{name}&apos; is {isoformat}; it must be between {earliest:%Y-%m-%d} and {latest:%Y-%m-%d}.</source>
        <translation>{where}: قيمة &apos;{name}&apos; هي {isoformat}؛ ويجب أن تكون بين {earliest:%Y-%m-%d} و{latest:%Y-%m-%d}.</translation>
    </message>
    <message>
        <source>{path} could not be written: {detail}. Nothing was changed.</source>
        <translation>تعذّرت كتابة {path}: {detail}. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>{where}: &apos;points_earned&apos; ({earned:g}) is more than &apos;points_possible&apos; ({possible:g}).</source>
        <translation>{where}: قيمة &apos;points_earned&apos; ({earned:g}) أكبر من &apos;points_possible&apos; ({possible:g}).</translation>
    </message>
    <message>
        <source>The receipt {name} could not be written: {strerror}.</source>
        <translation>تعذّرت كتابة إيصال الاستلام {name}: {strerror}.</translation>
    </message>
    <message>
        <source>Rejected: the bundle holds files its manifest does not list (or lacks some).</source>
        <translation>مرفوض: تحتوي الحزمة على ملفات لا يذكرها ملف البيان (أو تنقصها بعض الملفات).</translation>
    </message>
    <message>
        <source>Rejected: the bundle has an unknown member {name!r}.</source>
        <translation>مرفوض: تحتوي الحزمة على عنصر غير معروف {name!r}.</translation>
    </message>
    <message>
        <source>Rejected: {name} was changed after it was signed (tampered).</source>
        <translation>مرفوض: عُدِّل {name} بعد توقيعه (تم العبث به).</translation>
    </message>
    <message>
        <source>Rejected: {name} is not a CPIMS+ Trainer import receipt.</source>
        <translation>مرفوض: {name} ليس إيصال استيراد من CPIMS+ Trainer.</translation>
    </message>
    <message>
        <source>Rejected: {file_name} is not a CPIMS+ Trainer records bundle.</source>
        <translation>مرفوض: {file_name} ليس حزمة سجلات من CPIMS+ Trainer.</translation>
    </message>
    <message>
        <source>Rejected: {file_name} is damaged or truncated.</source>
        <translation>مرفوض: {file_name} تالف أو مبتور.</translation>
    </message>
    <message>
        <source>Rejected: {name} does not have the columns of format version 1.</source>
        <translation>مرفوض: لا يحتوي {name} على أعمدة الإصدار 1 من التنسيق.</translation>
    </message>
    <message>
        <source>Rejected: {name} does not have the size the manifest says (tampered).</source>
        <translation>مرفوض: حجم {name} لا يطابق ما يذكره ملف البيان (تم العبث به).</translation>
    </message>
    <message>
        <source>Rejected: {file_name} has format version {get!r}; this version of the app reads version {format_version}. Update the app that made or reads it.</source>
        <translation>مرفوض: إصدار تنسيق {file_name} هو {get!r}؛ وهذا الإصدار من التطبيق يقرأ الإصدار {format_version}. حدِّث التطبيق الذي أنشأه أو الذي يقرؤه.</translation>
    </message>
    <message>
        <source>Rejected: {name} line {number} is too long (over {max_line_bytes} MiB); no record this app writes is that long (damaged or foreign).</source>
        <translation>مرفوض: السطر {number} في {name} طويل جدًا (أكثر من {max_line_bytes} ميغابايت)؛ لا يكتب هذا التطبيق أي سجل بهذا الطول (الملف تالف أو من مصدر آخر).</translation>
    </message>
    <message>
        <source>Rejected: the manifest is not in canonical form (tampered).</source>
        <translation>مرفوض: ملف البيان ليس في صيغته القانونية (تم العبث به).</translation>
    </message>
    <message>
        <source>Rejected: the manifest entry for {name} is malformed.</source>
        <translation>مرفوض: مدخل ملف البيان الخاص بـ {name} غير سليم.</translation>
    </message>
    <message>
        <source>Rejected: the manifest is incomplete or malformed.</source>
        <translation>مرفوض: ملف البيان ناقص أو غير سليم.</translation>
    </message>
    <message>
        <source>Rejected: the manifest&apos;s key, did and fingerprint disagree.</source>
        <translation>مرفوض: المفتاح وdid والبصمة في ملف البيان غير متطابقة.</translation>
    </message>
    <message>
        <source>Rejected: the manifest is too large.</source>
        <translation>مرفوض: ملف البيان كبير جدًا.</translation>
    </message>
    <message>
        <source>Rejected: {where} is nested too deeply (damaged or foreign).</source>
        <translation>مرفوض: {where} متداخل بعمق زائد (تالف أو من مصدر آخر).</translation>
    </message>
    <message>
        <source>Rejected: {name} cannot be read (truncated or damaged).</source>
        <translation>مرفوض: تتعذّر قراءة {name} (مبتور أو تالف).</translation>
    </message>
    <message>
        <source>Rejected: {name} is not a readable receipt (damaged or foreign).</source>
        <translation>مرفوض: {name} ليس إيصال استلام قابلًا للقراءة (تالف أو من مصدر آخر).</translation>
    </message>
    <message>
        <source>Rejected: {name} has receipt format version {get!r}.</source>
        <translation>مرفوض: إصدار تنسيق إيصال الاستلام {name} هو {get!r}.</translation>
    </message>
    <message>
        <source>Rejected: the receipt is incomplete or malformed.</source>
        <translation>مرفوض: إيصال الاستلام ناقص أو غير سليم.</translation>
    </message>
    <message>
        <source>Rejected: the receipt&apos;s key, did and fingerprint disagree.</source>
        <translation>مرفوض: المفتاح وdid والبصمة في إيصال الاستلام غير متطابقة.</translation>
    </message>
    <message>
        <source>Rejected: {name} is not a records bundle (not a readable zip).</source>
        <translation>مرفوض: {name} ليس حزمة سجلات (ليس ملف zip قابلًا للقراءة).</translation>
    </message>
    <message>
        <source>Rejected: {file_name} is not a records bundle (no signed manifest).</source>
        <translation>مرفوض: {file_name} ليس حزمة سجلات (لا يوجد ملف بيان موقَّع).</translation>
    </message>
    <message>
        <source>Rejected: the signature does not match the manifest (tampered or damaged).</source>
        <translation>مرفوض: التوقيع لا يطابق ملف البيان (تم العبث به أو تالف).</translation>
    </message>
    <message>
        <source>Rejected: the signature of {name} does not match (tampered or damaged).</source>
        <translation>مرفوض: توقيع {name} غير مطابق (تم العبث به أو تالف).</translation>
    </message>
    <message>
        <source>Rejected: {name} is too large.</source>
        <translation>مرفوض: {name} كبير جدًا.</translation>
    </message>
    <message>
        <source>Rejected: {name} is too large to be a receipt.</source>
        <translation>مرفوض: {name} أكبر من أن يكون إيصال استلام.</translation>
    </message>
    <message>
        <source>Rejected: {where} is not valid JSON (damaged or foreign).</source>
        <translation>مرفوض: {where} ليس JSON صالحًا (تالف أو من مصدر آخر).</translation>
    </message>
    <message>
        <source>{name}: a row does not have the {count} expected values.</source>
        <translation>{name}: أحد الصفوف لا يحتوي على القيم المتوقعة وعددها {count}.</translation>
    </message>
    <message>
        <source>{name}: &apos;{name2}&apos; has no time zone.</source>
        <translation>{name}: القيمة &apos;{name2}&apos; بلا منطقة زمنية.</translation>
    </message>
    <message>
        <source>{name}: &apos;{name2}&apos; has a value of the wrong type.</source>
        <translation>{name}: القيمة &apos;{name2}&apos; من نوع غير صحيح.</translation>
    </message>
    <message>
        <source>Certificate {id} was already revoked on {revoked_at:%Y-%m-%d}.</source>
        <translation>سبق إلغاء الشهادة {id} بتاريخ {revoked_at:%Y-%m-%d}.</translation>
    </message>
    <message>
        <source>A certificate for this track was issued at the same moment.</source>
        <translation>صدرت شهادة لهذا المسار في اللحظة نفسها.</translation>
    </message>
    <message>
        <source>No certificates match: nothing was written.</source>
        <translation>لا توجد شهادات مطابقة: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>{out} could not be written: {strerror}.</source>
        <translation>تعذّرت كتابة {out}: {strerror}.</translation>
    </message>
    <message>
        <source>{out_dir} could not be written: {strerror}.</source>
        <translation>تعذّرت الكتابة في {out_dir}: {strerror}.</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not filled. Free some space.</source>
        <translation>القرص ممتلئ: لم يُملأ {name}. أفرغ بعض المساحة.</translation>
    </message>
    <message>
        <source>Give the reason for revoking the certificate.</source>
        <translation>اذكر سبب إلغاء الشهادة.</translation>
    </message>
    <message>
        <source>{path}: not an intact certificate ({reason}); its issuer was not trusted.</source>
        <translation>{path}: ليست شهادة سليمة ({reason})؛ لم يُوثق بجهة إصدارها.</translation>
    </message>
    <message>
        <source>malformed: not a certificate (expected a PDF, a JSON credential or a TC1 token)</source>
        <translation>malformed: ليست شهادة (المتوقع ملف PDF أو شهادة JSON أو رمز TC1)</translation>
    </message>
    <message>
        <source>malformed: larger than {max_file_bytes} MB</source>
        <translation>malformed: أكبر من {max_file_bytes} ميغابايت</translation>
    </message>
    <message>
        <source>malformed: the PDF has no certificate attached (certificate.json)</source>
        <translation>malformed: لا توجد شهادة مرفقة بملف PDF (certificate.json)</translation>
    </message>
    <message>
        <source>malformed: the token is not ASCII text</source>
        <translation>malformed: الرمز ليس نصًا بترميز ASCII</translation>
    </message>
    <message>
        <source>malformed: the token is too long</source>
        <translation>malformed: الرمز طويل جدًا</translation>
    </message>
    <message>
        <source>&apos;{certificate_id}&apos; matches {count} certificates; give more of the id.</source>
        <translation>المعرّف &apos;{certificate_id}&apos; يطابق {count} شهادات؛ أدخل جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
        <source>No certificate with id &apos;{certificate_id}&apos;.</source>
        <translation>لا توجد شهادة بالمعرّف &apos;{certificate_id}&apos;.</translation>
    </message>
    <message>
        <source>Pack {pack_id} has no certificate &apos;{certificate_id}&apos;.</source>
        <translation>لا تحتوي الحزمة {pack_id} على الشهادة &apos;{certificate_id}&apos;.</translation>
    </message>
    <message>
        <source>cannot read the file: {strerror}</source>
        <translation>تتعذّر قراءة الملف: {strerror}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {strerror}.</source>
        <translation>تتعذّر كتابة {path}: {strerror}.</translation>
    </message>
    <message>
        <source>The checklist could not be written to {path}: {strerror}.</source>
        <translation>تعذّرت كتابة قائمة التحقق في {path}: {strerror}.</translation>
    </message>
    <message>
        <source>The checklist could not be written to {path}.</source>
        <translation>تعذّرت كتابة قائمة التحقق في {path}.</translation>
    </message>
    <message>
        <source>Give the {field}.</source>
        <translation>أدخل {field}.</translation>
    </message>
    <message>
        <source>The {field} is longer than {limit} characters.</source>
        <translation>{field} أطول من {limit} حرفًا.</translation>
    </message>
    <message>
        <source>&apos;{session_id}&apos; matches {count} sessions; give more of the id.</source>
        <translation>المعرّف &apos;{session_id}&apos; يطابق {count} جلسات؛ أدخل جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
        <source>No module {items} in pack &apos;{id}&apos;.</source>
        <translation>لا توجد وحدة {items} في الحزمة &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>Pick at least one module the session covered.</source>
        <translation>اختر وحدة واحدة على الأقل غطّتها الجلسة.</translation>
    </message>
    <message>
        <source>No practical check &apos;{check_id}&apos; in pack &apos;{id}&apos; (known: {known}).</source>
        <translation>لا يوجد تقييم عملي &apos;{check_id}&apos; في الحزمة &apos;{id}&apos; (المعروف: {known}).</translation>
    </message>
    <message>
        <source>Rejected: a record in {name} ({get}) does not match its signature (tampered or damaged).</source>
        <translation>مرفوض: أحد السجلات في {name} ({get}) لا يطابق توقيعه (تم العبث به أو تالف).</translation>
    </message>
    <message>
        <source>This session was recorded on another laptop; attendance is added there.</source>
        <translation>سُجّلت هذه الجلسة على حاسوب محمول آخر؛ يُضاف الحضور هناك.</translation>
    </message>
    <message>
        <source>No training session with id &apos;{session_id}&apos;.</source>
        <translation>لا توجد جلسة تدريبية بالمعرّف &apos;{session_id}&apos;.</translation>
    </message>
    <message>
        <source>Certificate branding is not available here.</source>
        <translation>تخصيص الشهادات غير متاح هنا.</translation>
    </message>
    <message>
        <source>No certificate files (.pdf, .json) were found there.</source>
        <translation>لم يُعثر هناك على أي ملفات شهادات (.pdf، .json).</translation>
    </message>
    <message>
        <source>CPIMS+ Trainer is open on this data folder ({root}): close the window first, then run this command again. Nothing was changed.</source>
        <translation>CPIMS+ Trainer مفتوح على مجلد البيانات هذا ({root}): أغلق النافذة أولًا، ثم شغّل هذا الأمر مجددًا. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>That is not the current trainer passphrase: {error}</source>
        <translation>هذه ليست عبارة مرور المدرب الحالية: {error}</translation>
    </message>
    <message>
        <source>Give both --value and --of (for example --value 83 --of 95).</source>
        <translation>أدخل --value و--of معًا (مثلًا --value 83 --of 95).</translation>
    </message>
    <message>
        <source>Give the new trainer passphrase with --file FILE, or run this in a terminal.</source>
        <translation>أدخل عبارة مرور المدرب الجديدة باستخدام --file FILE، أو شغّل هذا الأمر في طرفية.</translation>
    </message>
    <message>
        <source>&apos;{import_id}&apos; matches {count} imports; give more of the id.</source>
        <translation>المعرّف &apos;{import_id}&apos; يطابق {count} عمليات استيراد؛ أدخل جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
        <source>&apos;{conflict}&apos; matches {count} open conflicts; give more of the id.</source>
        <translation>المعرّف &apos;{conflict}&apos; يطابق {count} تعارضات مفتوحة؛ أدخل جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
        <source>This command changes shared data and needs the trainer passphrase: give it with --passphrase-file FILE or {env}, or run it in a terminal to be asked.</source>
        <translation>يغيّر هذا الأمر بيانات مشتركة ويتطلب عبارة مرور المدرب: أدخلها باستخدام --passphrase-file FILE أو {env}، أو شغّله في طرفية لتُطلب منك.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; has no track for role &apos;{main_role}&apos;.</source>
        <translation>لا تحتوي الحزمة &apos;{id}&apos; على مسار للدور &apos;{main_role}&apos;.</translation>
    </message>
    <message>
        <source>Cannot read the trainer passphrase file {path}: {error}</source>
        <translation>تتعذّر قراءة ملف عبارة مرور المدرب {path}: {error}</translation>
    </message>
    <message>
        <source>{path} is too large to hold a trainer passphrase.</source>
        <translation>{path} أكبر من أن يحتوي على عبارة مرور المدرب.</translation>
    </message>
    <message>
        <source>A trainer passphrase is already set: changing it needs the current trainer passphrase (--passphrase-file FILE or CPIMS_TRAINER_PASSPHRASE_FILE, or run it in a terminal).</source>
        <translation>عبارة مرور المدرب معيّنة من قبل: تغييرها يتطلب عبارة مرور المدرب الحالية (--passphrase-file FILE أو CPIMS_TRAINER_PASSPHRASE_FILE، أو شغّل الأمر في طرفية).</translation>
    </message>
    <message>
        <source>That is not the trainer passphrase: nothing was changed.</source>
        <translation>هذه ليست عبارة مرور المدرب: لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The two passphrases differ: nothing was changed.</source>
        <translation>عبارتا المرور مختلفتان: لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The JSON-LD context manifest in {folder} is missing or damaged.</source>
        <translation>ملف بيان سياقات JSON-LD في {folder} مفقود أو تالف.</translation>
    </message>
    <message>
        <source>malformed: {type_key} {kind!r} appears twice</source>
        <translation>malformed: {type_key} {kind!r} مكرر مرتين</translation>
    </message>
    <message>
        <source>malformed: {char!r} is not a base58 character</source>
        <translation>malformed: {char!r} ليس حرفًا من base58</translation>
    </message>
    <message>
        <source>malformed: base58 value too long</source>
        <translation>malformed: قيمة base58 طويلة جدًا</translation>
    </message>
    <message>
        <source>malformed: not base64url</source>
        <translation>malformed: ليست بترميز base64url</translation>
    </message>
    <message>
        <source>malformed: @context must be exactly the VC 2.0 and Open Badges 3.0.3 contexts</source>
        <translation>malformed: يجب أن يكون @context هو سياقا VC 2.0 وOpen Badges 3.0.3 تحديدًا</translation>
    </message>
    <message>
        <source>malformed: a credential is exactly one JSON-LD node</source>
        <translation>malformed: الشهادة عقدة JSON-LD واحدة بالضبط</translation>
    </message>
    <message>
        <source>malformed: the document already has a proof</source>
        <translation>malformed: المستند يحتوي على proof من قبل</translation>
    </message>
    <message>
        <source>malformed: the document has no @context</source>
        <translation>malformed: لا يحتوي المستند على @context</translation>
    </message>
    <message>
        <source>malformed: embedded @context is not allowed</source>
        <translation>malformed: لا يُسمح بـ @context مضمَّن</translation>
    </message>
    <message>
        <source>malformed: {label} is empty</source>
        <translation>malformed: {label} فارغ</translation>
    </message>
    <message>
        <source>malformed: {type_key} entries are missing</source>
        <translation>malformed: مدخلات {type_key} مفقودة</translation>
    </message>
    <message>
        <source>malformed: evidence is not a list</source>
        <translation>malformed: evidence ليست قائمة</translation>
    </message>
    <message>
        <source>malformed: expected exactly one result</source>
        <translation>malformed: المتوقع نتيجة واحدة بالضبط</translation>
    </message>
    <message>
        <source>malformed: issued_at must be timezone-aware</source>
        <translation>malformed: يجب أن يتضمن issued_at المنطقة الزمنية</translation>
    </message>
    <message>
        <source>malformed: issuer must be a did:key</source>
        <translation>malformed: يجب أن تكون جهة الإصدار did:key</translation>
    </message>
    <message>
        <source>malformed: JSON-LD {code_}</source>
        <translation>malformed: JSON-LD {code_}</translation>
    </message>
    <message>
        <source>malformed: JSON-LD context {url!r} is not pinned in this program</source>
        <translation>malformed: سياق JSON-LD {url!r} غير مثبّت في هذا البرنامج</translation>
    </message>
    <message>
        <source>malformed: {label} is missing or not an object</source>
        <translation>malformed: {label} مفقود أو ليس كائنًا</translation>
    </message>
    <message>
        <source>malformed: {label} is missing or not text</source>
        <translation>malformed: {label} مفقود أو ليس نصًا</translation>
    </message>
    <message>
        <source>malformed: {type_key} is missing or not text</source>
        <translation>malformed: {type_key} مفقود أو ليس نصًا</translation>
    </message>
    <message>
        <source>malformed: multibase value must be base58btc (start with &apos;z&apos;)</source>
        <translation>malformed: يجب أن تكون قيمة multibase بترميز base58btc (تبدأ بـ &apos;z&apos;)</translation>
    </message>
    <message>
        <source>malformed: non-canonical base64url</source>
        <translation>malformed: ترميز base64url غير قانوني</translation>
    </message>
    <message>
        <source>malformed: a credential is a JSON object</source>
        <translation>malformed: الشهادة كائن JSON</translation>
    </message>
    <message>
        <source>malformed: practical check title is empty</source>
        <translation>malformed: عنوان التقييم العملي فارغ</translation>
    </message>
    <message>
        <source>malformed: no proof</source>
        <translation>malformed: لا يوجد proof</translation>
    </message>
    <message>
        <source>malformed: proof @context does not match the document @context</source>
        <translation>malformed: @context في proof لا يطابق @context في المستند</translation>
    </message>
    <message>
        <source>malformed: proof &apos;created&apos; is not a dateTime</source>
        <translation>malformed: قيمة &apos;created&apos; في proof ليست dateTime</translation>
    </message>
    <message>
        <source>malformed: proof is not an object</source>
        <translation>malformed: proof ليس كائنًا</translation>
    </message>
    <message>
        <source>malformed: proof has no proofValue</source>
        <translation>malformed: لا يحتوي proof على proofValue</translation>
    </message>
    <message>
        <source>malformed: proof purpose must be {proof_purpose}</source>
        <translation>malformed: يجب أن يكون غرض proof هو {proof_purpose}</translation>
    </message>
    <message>
        <source>malformed: proof sets are not supported (exactly one proof expected)</source>
        <translation>malformed: مجموعات proof غير مدعومة (المتوقع proof واحد بالضبط)</translation>
    </message>
    <message>
        <source>malformed: proof type must be {proof_type}, not {get!r}</source>
        <translation>malformed: يجب أن يكون نوع proof هو {proof_type}، لا {get!r}</translation>
    </message>
    <message>
        <source>malformed: proof has no verificationMethod</source>
        <translation>malformed: لا يحتوي proof على verificationMethod</translation>
    </message>
    <message>
        <source>malformed: proofValue ({error})</source>
        <translation>malformed: proofValue ({error})</translation>
    </message>
    <message>
        <source>malformed: proofValue is not a 64-byte Ed25519 signature</source>
        <translation>malformed: proofValue ليس توقيع Ed25519 بطول 64 بايت</translation>
    </message>
    <message>
        <source>malformed: score above 100</source>
        <translation>malformed: الدرجة أعلى من 100</translation>
    </message>
    <message>
        <source>malformed: score must be between 0 and 1</source>
        <translation>malformed: يجب أن تكون الدرجة بين 0 و1</translation>
    </message>
    <message>
        <source>malformed: score is not a percentage</source>
        <translation>malformed: الدرجة ليست نسبة مئوية</translation>
    </message>
    <message>
        <source>malformed: type must include VerifiableCredential and OpenBadgeCredential</source>
        <translation>malformed: يجب أن يتضمن type القيمتين VerifiableCredential وOpenBadgeCredential</translation>
    </message>
    <message>
        <source>malformed: {label} is not a urn:uuid</source>
        <translation>malformed: {label} ليس urn:uuid</translation>
    </message>
    <message>
        <source>malformed: {label} is not a UUID</source>
        <translation>malformed: {label} ليس UUID</translation>
    </message>
    <message>
        <source>malformed: not valid JSON-LD</source>
        <translation>malformed: ليس JSON-LD صالحًا</translation>
    </message>
    <message>
        <source>malformed: validFrom is not a date and time</source>
        <translation>malformed: validFrom ليس تاريخًا ووقتًا</translation>
    </message>
    <message>
        <source>malformed: validFrom is missing</source>
        <translation>malformed: validFrom مفقود</translation>
    </message>
    <message>
        <source>malformed: validFrom has no time zone</source>
        <translation>malformed: validFrom بلا منطقة زمنية</translation>
    </message>
    <message>
        <source>malformed: verification method is not a did:key</source>
        <translation>malformed: طريقة التحقق ليست did:key</translation>
    </message>
    <message>
        <source>malformed: verification method key differs from the issuer key</source>
        <translation>malformed: مفتاح طريقة التحقق يختلف عن مفتاح جهة الإصدار</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>The pinned JSON-LD context {name} does not match its SHA-256 in the manifest.</source>
        <translation>سياق JSON-LD المثبّت {name} لا يطابق قيمة SHA-256 الخاصة به في ملف البيان.</translation>
    </message>
    <message>
        <source>The pinned JSON-LD context {name} is missing.</source>
        <translation>سياق JSON-LD المثبّت {name} مفقود.</translation>
    </message>
    <message>
        <source>undefined property: {items}</source>
        <translation>خاصية غير معرّفة: {items}</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>مفتاح غير معروف</translation>
    </message>
    <message>
        <source>unsupported cryptosuite: {get!r}</source>
        <translation>مجموعة تشفير غير مدعومة: {get!r}</translation>
    </message>
    <message>
        <source>This data folder already has {existing} learner(s): put demo data in an empty data folder (--data-dir), never beside real records.</source>
        <translation>يحتوي مجلد البيانات هذا على {existing} متدرب/متدربين: ضع البيانات التجريبية في مجلد بيانات فارغ (--data-dir)، ولا تضعها أبدًا بجانب سجلات حقيقية.</translation>
    </message>
    <message>
        <source>Demo data needs 5 to {max_learners} learners (got {learners}).</source>
        <translation>تتطلب البيانات التجريبية من 5 إلى {max_learners} متدربًا (العدد المُعطى: {learners}).</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>أُلغي: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The disk is full: {name} was not written. Free some space.</source>
        <translation>القرص ممتلئ: لم يُكتب {name}. أفرغ بعض المساحة.</translation>
    </message>
    <message>
        <source>{path} could not be written: {strerror}.</source>
        <translation>تعذّرت كتابة {path}: {strerror}.</translation>
    </message>
    <message>
        <source>The agency name is longer than {limit} characters.</source>
        <translation>اسم الوكالة أطول من {limit} حرفًا.</translation>
    </message>
    <message>
        <source>“{title}” was already signed off by {name} on {date}.</source>
        <translation>سبق أن اعتمد {name} الخطوة «{title}» بتاريخ {date}.</translation>
    </message>
    <message>
        <source>“{title}” is closed; its evidence can no longer change.</source>
        <translation>الخطوة «{title}» مغلقة؛ لم يعد ممكنًا تغيير أدلتها.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>المجلد {parent} غير موجود.</translation>
    </message>
    <message>
        <source>No installed pack describes the rollout gates ({gates_file}).</source>
        <translation>لا توجد حزمة مثبتة تصف خطوات النشر ({gates_file}).</translation>
    </message>
    <message>
        <source>“{title}” is locked: the step before it is not closed yet.</source>
        <translation>الخطوة «{title}» مقفلة: الخطوة التي قبلها لم تُغلق بعد.</translation>
    </message>
    <message>
        <source>“{title}” is marked not applicable.</source>
        <translation>الخطوة «{title}» محددة بأنها لا تنطبق.</translation>
    </message>
    <message>
        <source>“{title}” is measured: give {measure_label} as a number of a total (for example 83 of 95).</source>
        <translation>الخطوة «{title}» قابلة للقياس: أدخل {measure_label} عددًا من إجمالي (مثلًا 83 من 95).</translation>
    </message>
    <message>
        <source>“{title}” is measured: give the value as a number of a total (for example 83 of 95).</source>
        <translation>الخطوة «{title}» قابلة للقياس: أدخل القيمة عددًا من إجمالي (مثلًا 83 من 95).</translation>
    </message>
    <message>
        <source>“{title}” is not measured: give no value or total.</source>
        <translation>الخطوة «{title}» غير قابلة للقياس: لا تُدخل قيمة ولا إجماليًا.</translation>
    </message>
    <message>
        <source>No planned number for role &apos;{role}&apos; at &apos;{agency}&apos;.</source>
        <translation>لا يوجد عدد مخطط للدور &apos;{role}&apos; في &apos;{agency}&apos;.</translation>
    </message>
    <message>
        <source>No planned number for role &apos;{role}&apos; at all agencies.</source>
        <translation>لا يوجد عدد مخطط للدور &apos;{role}&apos; في جميع الوكالات.</translation>
    </message>
    <message>
        <source>“{title}” cannot be marked not applicable: every rollout needs this step.</source>
        <translation>لا يمكن تحديد الخطوة «{title}» بأنها لا تنطبق: كل عملية نشر تحتاج إلى هذه الخطوة.</translation>
    </message>
    <message>
        <source>“{title}” cannot be signed off yet.</source>
        <translation>لا يمكن اعتماد الخطوة «{title}» بعد.</translation>
    </message>
    <message>
        <source>A note is required: say where the proof is kept.</source>
        <translation>الملاحظة مطلوبة: اذكر مكان حفظ الإثبات.</translation>
    </message>
    <message>
        <source>The planned number must be a whole number, 0 or more.</source>
        <translation>يجب أن يكون العدد المخطط عددًا صحيحًا، 0 أو أكثر.</translation>
    </message>
    <message>
        <source>{gates_file} has {count} problem(s)</source>
        <translation>في {gates_file} عدد من المشكلات: {count}</translation>
    </message>
    <message>
        <source>The readiness report is a PDF: give a file name ending in .pdf, not {name}.</source>
        <translation>تقرير الجاهزية ملف PDF: أدخل اسم ملف ينتهي بـ .pdf، لا {name}.</translation>
    </message>
    <message>
        <source>A reason is required to mark a step not applicable.</source>
        <translation>السبب مطلوب لتحديد أن الخطوة لا تنطبق.</translation>
    </message>
    <message>
        <source>{lines}</source>
        <translation>{lines}</translation>
    </message>
    <message>
        <source>Step &apos;{gate_id}&apos; has no evidence item &apos;{requirement_id}&apos;. Items: {items}.</source>
        <translation>لا تحتوي الخطوة &apos;{gate_id}&apos; على بند الدليل &apos;{requirement_id}&apos;. البنود: {items}.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;. Roles: {known}.</source>
        <translation>الدور &apos;{role}&apos; غير معروف. الأدوار: {known}.</translation>
    </message>
    <message>
        <source>No rollout step &apos;{gate_id}&apos;. Steps: {known}.</source>
        <translation>لا توجد خطوة نشر &apos;{gate_id}&apos;. الخطوات: {known}.</translation>
    </message>
    <message>
        <source>The value must be a whole number from 0 to the total, and the total at least 1.</source>
        <translation>يجب أن تكون القيمة عددًا صحيحًا من 0 إلى الإجمالي، وأن يكون الإجمالي 1 على الأقل.</translation>
    </message>
    <message>
        <source>Writing PDF files is not available in this installation.</source>
        <translation>كتابة ملفات PDF غير متاحة في هذا التثبيت.</translation>
    </message>
    <message>
        <source>The chapter file {file} is missing from the pack.</source>
        <translation>ملف الفصل {file} مفقود من الحزمة.</translation>
    </message>
    <message>
        <source>The chapter file {file} is not UTF-8 text.</source>
        <translation>ملف الفصل {file} ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a guide chapter.</source>
        <translation>&apos;{title}&apos; ليس فصلًا من دليل.</translation>
    </message>
    <message>
        <source>This page is nested too deeply to show. Flatten the structure of the chapter.</source>
        <translation>هذه الصفحة متداخلة بعمق يمنع عرضها. بسّط بنية الفصل.</translation>
    </message>
    <message>
        <source>This page nests tables more than {depth} deep (notes and tips count as tables), which would take the reader minutes to lay out. Flatten the structure of the chapter.</source>
        <translation>تتداخل الجداول في هذه الصفحة بعمق يزيد على {depth} (تُحسب الملاحظات والنصائح جداول)، ما سيجعل عرضها يستغرق دقائق. بسّط بنية الفصل.</translation>
    </message>
    <message>
        <source>The {field} is longer than {max_text_chars} characters; nothing was saved.</source>
        <translation>{field} أطول من {max_text_chars} حرفًا؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>No quiz with id &apos;{activity_id}&apos; in pack &apos;{id}&apos;.</source>
        <translation>لا يوجد اختبار بالمعرّف &apos;{activity_id}&apos; في الحزمة &apos;{id}&apos;.</translation>
    </message>
    <message>
        <source>malformed: {error}</source>
        <translation>malformed: {error}</translation>
    </message>
    <message>
        <source>malformed: larger than {max_bytes} bytes</source>
        <translation>malformed: أكبر من {max_bytes} بايت</translation>
    </message>
    <message>
        <source>malformed: nested deeper than {max_depth} levels</source>
        <translation>malformed: متداخل بعمق يزيد على {max_depth} مستويات</translation>
    </message>
    <message>
        <source>malformed: not UTF-8 text</source>
        <translation>malformed: ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>malformed: not valid JSON ({msg} at line {lineno})</source>
        <translation>malformed: ليس JSON صالحًا ({msg} في السطر {lineno})</translation>
    </message>
    <message>
        <source>The device key file {path} is damaged or unreadable.</source>
        <translation>ملف مفتاح الجهاز {path} تالف أو تتعذّر قراءته.</translation>
    </message>
    <message>
        <source>The device key file {path} does not hold an Ed25519 key.</source>
        <translation>ملف مفتاح الجهاز {path} لا يحتوي على مفتاح Ed25519.</translation>
    </message>
    <message>
        <source>malformed: {did_or_method!r} is not a did:key</source>
        <translation>malformed: {did_or_method!r} ليس did:key</translation>
    </message>
    <message>
        <source>malformed: did:key is not an Ed25519 key</source>
        <translation>malformed: did:key ليس مفتاح Ed25519</translation>
    </message>
    <message>
        <source>malformed: did:key fragment does not match the key</source>
        <translation>malformed: جزء did:key لا يطابق المفتاح</translation>
    </message>
    <message>
        <source>malformed: an Ed25519 public key has 32 bytes</source>
        <translation>malformed: المفتاح العام Ed25519 طوله 32 بايت</translation>
    </message>
    <message>
        <source>malformed: not a multicodec Ed25519 private key</source>
        <translation>malformed: ليس مفتاح Ed25519 خاصًا بترميز multicodec</translation>
    </message>
    <message>
        <source>&apos;{id_or_prefix}&apos; matches {count} learners; give more of the id.</source>
        <translation>المعرّف &apos;{id_or_prefix}&apos; يطابق {count} متدربين؛ أدخل جزءًا أطول من المعرّف.</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>الاسم مطلوب.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>الاسم أطول من {limit} حرفًا.</translation>
    </message>
    <message>
        <source>No learner matches &apos;{id_or_prefix}&apos;.</source>
        <translation>لا يوجد متدرب يطابق &apos;{id_or_prefix}&apos;.</translation>
    </message>
    <message>
        <source>No learner with id {learner_id}.</source>
        <translation>لا يوجد متدرب بالمعرّف {learner_id}.</translation>
    </message>
    <message>
        <source>A PIN must be 4 to 8 digits.</source>
        <translation>يجب أن يتكون رمز PIN من 4 إلى 8 أرقام.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>رمز PIN غير صحيح.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;. Known roles: {known}.</source>
        <translation>الدور &apos;{role}&apos; غير معروف. الأدوار المعروفة: {known}.</translation>
    </message>
    <message>
        <source>The export could not be written to {out} ({strerror}); nothing was written.</source>
        <translation>تعذّرت كتابة الملف المُصدَّر في {out} ({strerror})؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>No LRS is configured: set one in Settings or pass --endpoint.</source>
        <translation>لم يُعدّ أي LRS: عيّنه في الإعدادات أو استخدم --endpoint.</translation>
    </message>
    <message>
        <source>The {field} must be an http:// or https:// address, not &apos;{value}&apos;.</source>
        <translation>يجب أن يكون {field} عنوانًا يبدأ بـ http:// أو https://، لا &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>The password file {path} does not exist.</source>
        <translation>ملف كلمة المرور {path} غير موجود.</translation>
    </message>
    <message>
        <source>The password file {path} cannot be read: {strerror}.</source>
        <translation>تتعذّر قراءة ملف كلمة المرور {path}: {strerror}.</translation>
    </message>
    <message>
        <source>The bundled pack cannot be removed.</source>
        <translation>لا يمكن إزالة الحزمة المرفقة مع البرنامج.</translation>
    </message>
    <message>
        <source>No content pack is installed.</source>
        <translation>لا توجد حزمة محتوى مثبتة.</translation>
    </message>
    <message>
        <source>No content pack at {path}: it is neither a folder nor a file.</source>
        <translation>لا توجد حزمة محتوى في {path}: ليس مجلدًا ولا ملفًا.</translation>
    </message>
    <message>
        <source>Could not install the pack into {packs_dir}: {strerror}</source>
        <translation>تعذّر تثبيت الحزمة في {packs_dir}: {strerror}</translation>
    </message>
    <message>
        <source>Could not remove the pack {pack_id!r}: {strerror}</source>
        <translation>تعذّرت إزالة الحزمة {pack_id!r}: {strerror}</translation>
    </message>
    <message>
        <source>{name} is archived and cannot {field}.</source>
        <translation>{name} مؤرشف ولا يمكنه أن {field}.</translation>
    </message>
    <message>
        <source>Rejected: {name} line {line}. {reason}</source>
        <translation>مرفوض: {name} السطر {line}. {reason}</translation>
    </message>
    <message>
        <source>Rejected: {name} line {line} is nested too deeply (damaged or foreign).</source>
        <translation>مرفوض: {name} السطر {line} متداخل بعمق زائد (تالف أو من مصدر آخر).</translation>
    </message>
    <message>
        <source>Rejected: {name} line {line} is not valid JSON (damaged or foreign).</source>
        <translation>مرفوض: {name} السطر {line} ليس JSON صالحًا (تالف أو من مصدر آخر).</translation>
    </message>
    <message>
        <source>Rejected: {name} line {line}, the {table} record {key}. {reason}</source>
        <translation>مرفوض: {name} السطر {line}، سجل {table} ذو المفتاح {key}. {reason}</translation>
    </message>
    <message>
        <source>Cancelled: this file and the ones after it were not read.</source>
        <translation>أُلغي: لم يُقرأ هذا الملف ولا الملفات التي تليه.</translation>
    </message>
    <message>
        <source>Only a learner with the coordinator role can {field}; {name} is not a coordinator.</source>
        <translation>لا يمكن إلا لمتدرب بدور المنسق أن {field}؛ و{name} ليس منسقًا.</translation>
    </message>
    <message>
        <source>The content pack at {root} cannot be used; problems found: {count}.</source>
        <translation>لا يمكن استخدام حزمة المحتوى في {root}؛ عدد المشكلات: {count}.</translation>
    </message>
    <message>
        <source>{name} was not installed; problems found: {count}.</source>
        <translation>لم يُثبَّت {name}؛ عدد المشكلات: {count}.</translation>
    </message>
    <message>
        <source>No installed pack with id {pack_id!r}.</source>
        <translation>لا توجد حزمة مثبتة بالمعرّف {pack_id!r}.</translation>
    </message>
    <message>
        <source>No installed pack with id &apos;{pack_id}&apos;.</source>
        <translation>لا توجد حزمة مثبتة بالمعرّف &apos;{pack_id}&apos;.</translation>
    </message>
    <message>
        <source>{pack_id!r} is not a pack id.</source>
        <translation>{pack_id!r} ليس معرّف حزمة.</translation>
    </message>
    <message>
        <source>Pack &apos;{id}&apos; has the id of the bundled pack; give it another id.</source>
        <translation>للحزمة &apos;{id}&apos; معرّف الحزمة المرفقة مع البرنامج نفسه؛ أعطها معرّفًا آخر.</translation>
    </message>
    <message>
        <source>This page is nested too deeply to show (more than {max_depth} levels of lists, quotes or HTML elements). Flatten the structure of the chapter.</source>
        <translation>هذه الصفحة متداخلة بعمق يمنع عرضها (أكثر من {max_depth} مستويات من القوائم أو الاقتباسات أو عناصر HTML). بسّط بنية الفصل.</translation>
    </message>
    <message>
        <source>This page is too large to show ({size:.1f} MB of text; the limit is {max_bytes:.0f} MB). Split the chapter into smaller ones.</source>
        <translation>هذه الصفحة أكبر من أن تُعرض ({size:.1f} ميغابايت من النص؛ والحد {max_bytes:.0f} ميغابايت). قسّم الفصل إلى فصول أصغر.</translation>
    </message>
    <message>
        <source>question {value}: option {option!r} reads as a careless or dishonest act nobody would pick: write a distractor that someone who skipped the lesson could choose</source>
        <translation>السؤال {value}: الخيار {option!r} يصف تصرفًا مهملًا أو غير نزيه لن يختاره أحد: اكتب خيارًا مموِّهًا قد يختاره من لم يتابع الدرس</translation>
    </message>
    <message>
        <source>question id {value!r} is already in this bank by reference (line {line})</source>
        <translation>معرّف السؤال {value!r} موجود بالفعل في هذا البنك عن طريق مرجع (السطر {line})</translation>
    </message>
    <message>
        <source>{what}: question {value!r} is already in this bank (line {line})</source>
        <translation>{what}: السؤال {value!r} موجود بالفعل في هذا البنك (السطر {line})</translation>
    </message>
    <message>
        <source>{what} id {value!r} is not valid: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>معرّف {what} {value!r} غير صالح: استخدم أحرفًا صغيرة وأرقامًا و&apos;.&apos; و&apos;_&apos; و&apos;-&apos;، على أن يبدأ بحرف أو رقم</translation>
    </message>
    <message>
        <source>{what}: {value!r} is not a language code such as &apos;fr&apos; or &apos;pt-BR&apos;</source>
        <translation>{what}: {value!r} ليس رمز لغة مثل &apos;fr&apos; أو &apos;pt-BR&apos;</translation>
    </message>
    <message>
        <source>{what}: &apos;pairs&apos; must be a list of [left, right] string pairs</source>
        <translation>{what}: يجب أن يكون &apos;pairs&apos; قائمة من أزواج نصية [يسار، يمين]</translation>
    </message>
    <message>
        <source>the bank {path} cannot be read</source>
        <translation>تتعذّر قراءة البنك {path}</translation>
    </message>
    <message>
        <source>cannot read the file: {detail}</source>
        <translation>تتعذّر قراءة الملف: {detail}</translation>
    </message>
    <message>
        <source>certificate {certificate!r} serves step {step}, so the gate of step {gate_step} cannot count it</source>
        <translation>الشهادة {certificate!r} تخدم المرحلة {step}، لذا لا يمكن لبوابة المرحلة {gate_step} احتسابها</translation>
    </message>
    <message>
        <source>certificate {certificate!r} needs activity {activity!r} (module {module!r}), which the gate of step {later_step} ({later_gate}) counts as requirement {requirement!r}: the gate of step {step} cannot need later work; move that activity out of the certificate&apos;s modules or count another certificate</source>
        <translation>الشهادة {certificate!r} تتطلب النشاط {activity!r} (الوحدة {module!r})، الذي تحتسبه بوابة المرحلة {later_step} ({later_gate}) كمتطلب {requirement!r}: لا يمكن لبوابة المرحلة {step} أن تتطلب عملًا لاحقًا؛ انقل ذلك النشاط خارج وحدات الشهادة أو احتسب شهادة أخرى</translation>
    </message>
    <message>
        <source>{what}: &apos;modules&apos; must name at least one module of the track</source>
        <translation>{what}: يجب أن يسمّي &apos;modules&apos; وحدة واحدة على الأقل من المسار</translation>
    </message>
    <message>
        <source>{what}: give either [[track.certificates]] or [track.certificate], not both</source>
        <translation>{what}: حدّد إما [[track.certificates]] أو [track.certificate]، وليس كليهما</translation>
    </message>
    <message>
        <source>{what}: [[track.certificates]] lists no certificate</source>
        <translation>{what}: لا يتضمن [[track.certificates]] أي شهادة</translation>
    </message>
    <message>
        <source>{what}: missing [[track.certificates]] (or the older [track.certificate])</source>
        <translation>{what}: [[track.certificates]] مفقود (أو [track.certificate] القديم)</translation>
    </message>
    <message>
        <source>a chapter must end with a &apos;## Summary&apos; section</source>
        <translation>يجب أن ينتهي الفصل بقسم &apos;## Summary&apos;</translation>
    </message>
    <message>
        <source>a chapter must start with a level-1 heading (`# Title`)</source>
        <translation>يجب أن يبدأ الفصل بعنوان من المستوى الأول (`# Title`)</translation>
    </message>
    <message>
        <source>cannot read the chapter: it must be a UTF-8 text file</source>
        <translation>تتعذّر قراءة الفصل: يجب أن يكون ملفًا نصيًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>{what}: correct answer {value!r} is not one of the options</source>
        <translation>{what}: الإجابة الصحيحة {value!r} ليست من بين الخيارات</translation>
    </message>
    <message>
        <source>{what}: draw = {draw} but the bank has only {count} items</source>
        <translation>{what}: draw = {draw} لكن البنك لا يحتوي إلا على {count} عنصرًا</translation>
    </message>
    <message>
        <source>duplicate {what} id {value!r} (first defined at {where})</source>
        <translation>معرّف {what} {value!r} مكرر (عُرّف أولًا في {where})</translation>
    </message>
    <message>
        <source>duplicate {what} id {value!r}</source>
        <translation>معرّف {what} {value!r} مكرر</translation>
    </message>
    <message>
        <source>question {value} asks the same as {first_id} ({first}): share that question by reference (ref = &quot;{bank}#{first_id}&quot;) instead of asking it twice</source>
        <translation>السؤال {value} يسأل الشيء نفسه الذي يسأله {first_id} ({first}): شارك ذلك السؤال عن طريق مرجع (ref = &quot;{bank}#{first_id}&quot;) بدلًا من طرحه مرتين</translation>
    </message>
    <message>
        <source>duplicate requirement id {value!r} in gate {gate} (first at line {first})</source>
        <translation>معرّف المتطلب {value!r} مكرر في البوابة {gate} (أولًا في السطر {first})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must not be empty</source>
        <translation>{what}: يجب ألا يكون &apos;{key}&apos; فارغًا</translation>
    </message>
    <message>
        <source>{what}: give exactly one of &apos;{key}&apos; and &apos;{other}&apos;</source>
        <translation>{what}: حدّد واحدًا فقط من &apos;{key}&apos; و&apos;{other}&apos;</translation>
    </message>
    <message>
        <source>{share} of {count} true/false items are &apos;false&apos; (target {low}–{high}): a learner who always answers the same scores without the lesson; rewrite some as statements of the other kind</source>
        <translation>{share} من {count} عنصرًا من نوع صح/خطأ إجابتها &apos;false&apos; (الهدف {low}–{high}): من يجيب دائمًا بالإجابة نفسها ينجح دون الدرس؛ أعد كتابة بعضها كعبارات من النوع الآخر</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>file {path!r} not found</source>
        <translation>الملف {path!r} غير موجود</translation>
    </message>
    <message>
        <source>the file is over {max_mb} MB: split it up</source>
        <translation>يتجاوز الملف {max_mb} ميغابايت: قسّمه</translation>
    </message>
    <message>
        <source>{what}: gate {value!r} is step {step}; a gate can only require an earlier step than its own ({own})</source>
        <translation>{what}: البوابة {value!r} في المرحلة {step}؛ لا يمكن للبوابة أن تتطلب إلا مرحلة أسبق من مرحلتها ({own})</translation>
    </message>
    <message>
        <source>heading {title!r} repeats an earlier one (anchor #{anchor})</source>
        <translation>العنوان {title!r} يكرر عنوانًا سابقًا (المرساة #{anchor})</translation>
    </message>
    <message>
        <source>image {url!r} does not name a file</source>
        <translation>الصورة {url!r} لا تسمّي ملفًا</translation>
    </message>
    <message>
        <source>the key is the single longest option in {share} of {count} single-choice items (target ≤ {target}): a learner who picks the longest option scores without the lesson; tighten keys or lengthen good distractors (e.g. {examples})</source>
        <translation>الإجابة الصحيحة هي الخيار الأطول في {share} من {count} عنصرًا أحادي الاختيار (الهدف ≤ {target}): من يختار الخيار الأطول ينجح دون الدرس؛ اختصر الإجابات أو أطِل الخيارات المموِّهة الجيدة (مثلًا {examples})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a table</source>
        <translation>{what}: يجب أن يكون &apos;{key}&apos; جدولًا</translation>
    </message>
    <message>
        <source>path {path!r} is a symbolic link that leaves the pack</source>
        <translation>المسار {path!r} رابط رمزي يخرج من الحزمة</translation>
    </message>
    <message>
        <source>{what}: no section with anchor #{anchor} in {path}</source>
        <translation>{what}: لا يوجد قسم بالمرساة #{anchor} في {path}</translation>
    </message>
    <message>
        <source>{what} is not allowed (only http(s), mailto and files inside the pack) and will be removed</source>
        <translation>{what} غير مسموح به (فقط http(s) وmailto والملفات داخل الحزمة) وستتم إزالته</translation>
    </message>
    <message>
        <source>list item indented by {spaces} spaces: indent nested lists by four</source>
        <translation>عنصر قائمة بإزاحة {spaces} مسافات: أزِح القوائم المتداخلة بأربع مسافات</translation>
    </message>
    <message>
        <source>{what}: &apos;practical_checks&apos; lists a check twice</source>
        <translation>{what}: يذكر &apos;practical_checks&apos; تقييمًا مرتين</translation>
    </message>
    <message>
        <source>{what}: &apos;modules&apos; lists a module twice</source>
        <translation>{what}: يذكر &apos;modules&apos; وحدة مرتين</translation>
    </message>
    <message>
        <source>{what}: missing required key &apos;{key}&apos;</source>
        <translation>{what}: المفتاح الإلزامي &apos;{key}&apos; مفقود</translation>
    </message>
    <message>
        <source>{what}: a module needs at least one activity</source>
        <translation>{what}: تحتاج الوحدة إلى نشاط واحد على الأقل</translation>
    </message>
    <message>
        <source>{what}: module {value!r} is not one of the track&apos;s modules ({known})</source>
        <translation>{what}: الوحدة {value!r} ليست من وحدات المسار ({known})</translation>
    </message>
    <message>
        <source>{what}: module {value!r} is listed twice</source>
        <translation>{what}: الوحدة {value!r} مذكورة مرتين</translation>
    </message>
    <message>
        <source>{what} must be a table</source>
        <translation>يجب أن يكون {what} جدولًا</translation>
    </message>
    <message>
        <source>{what}: a scenario part cannot itself be a scenario</source>
        <translation>{what}: لا يمكن لجزء من سيناريو أن يكون هو نفسه سيناريو</translation>
    </message>
    <message>
        <source>{what}: no correct answer (&apos;correct&apos; lists the right option texts)</source>
        <translation>{what}: لا توجد إجابة صحيحة (يذكر &apos;correct&apos; نصوص الخيارات الصحيحة)</translation>
    </message>
    <message>
        <source>{what}: it has no gates</source>
        <translation>{what}: لا يحتوي على أي بوابة</translation>
    </message>
    <message>
        <source>{reason}: a content pack holds content/pack.toml</source>
        <translation>{reason}: تحتوي حزمة المحتوى على content/pack.toml</translation>
    </message>
    <message>
        <source>{what}: it has no questions</source>
        <translation>{what}: لا يحتوي على أي سؤال</translation>
    </message>
    <message>
        <source>{what}: at least one requirement is needed ([[gates.requirements]])</source>
        <translation>{what}: يلزم متطلب واحد على الأقل ([[gates.requirements]])</translation>
    </message>
    <message>
        <source>{what}: at least one role is required ([[roles]] with id and title)</source>
        <translation>{what}: يلزم دور واحد على الأقل ([[roles]] مع id وtitle)</translation>
    </message>
    <message>
        <source>{what}: it has no steps</source>
        <translation>{what}: لا يحتوي على أي خطوة</translation>
    </message>
    <message>
        <source>{what}: &apos;track_files&apos; must list at least one track file</source>
        <translation>{what}: يجب أن يذكر &apos;track_files&apos; ملف مسار واحدًا على الأقل</translation>
    </message>
    <message>
        <source>{what}: missing the [track] table</source>
        <translation>{what}: الجدول [track] مفقود</translation>
    </message>
    <message>
        <source>{what}: track {value!r} awards no whole-track certificate; name one of its certificates with &apos;certificate = ...&apos; ({known})</source>
        <translation>{what}: المسار {value!r} لا يمنح شهادة للمسار كاملًا؛ سمِّ إحدى شهاداته باستخدام &apos;certificate = ...&apos; ({known})</translation>
    </message>
    <message>
        <source>{path!r} is not a file</source>
        <translation>{path!r} ليس ملفًا</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be true or false</source>
        <translation>{what}: يجب أن تكون قيمة &apos;{key}&apos; هي true أو false</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be between 0 and 1 (got {value})</source>
        <translation>{what}: يجب أن تكون قيمة &apos;{key}&apos; بين 0 و1 (القيمة: {value})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a number</source>
        <translation>{what}: يجب أن يكون &apos;{key}&apos; رقمًا</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be one of {known} (got {value!r})</source>
        <translation>{what}: يجب أن يكون &apos;{key}&apos; أحد {known} (القيمة: {value!r})</translation>
    </message>
    <message>
        <source>not a pack folder or a .zip file</source>
        <translation>ليس مجلد حزمة ولا ملف ‎.zip</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be more than 0</source>
        <translation>{what}: يجب أن تكون قيمة &apos;{key}&apos; أكبر من 0</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be more than 0 and at most 1 (got {value})</source>
        <translation>{what}: يجب أن تكون قيمة &apos;{key}&apos; أكبر من 0 وألا تتجاوز 1 (القيمة: {value})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a string</source>
        <translation>{what}: يجب أن يكون &apos;{key}&apos; نصًا</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a list of strings</source>
        <translation>{what}: يجب أن يكون &apos;{key}&apos; قائمة نصوص</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be an array of tables</source>
        <translation>{what}: يجب أن يكون &apos;{key}&apos; مصفوفة جداول</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>الملف ليس بترميز UTF-8 صالح</translation>
    </message>
    <message>
        <source>{what}: activity {value!r} is a {kind}, not a walkthrough</source>
        <translation>{what}: النشاط {value!r} من نوع {kind}، وليس تمرين تطبيقي</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be a whole number</source>
        <translation>{what}: يجب أن يكون &apos;{key}&apos; عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; applies only with &apos;{other}&apos;</source>
        <translation>{what}: لا ينطبق &apos;{key}&apos; إلا مع &apos;{other}&apos;</translation>
    </message>
    <message>
        <source>{what}: the left sides of &apos;pairs&apos; repeat a value</source>
        <translation>{what}: الجوانب اليسرى من &apos;pairs&apos; تكرر قيمة</translation>
    </message>
    <message>
        <source>{what}: the right sides of &apos;pairs&apos; repeat a value</source>
        <translation>{what}: الجوانب اليمنى من &apos;pairs&apos; تكرر قيمة</translation>
    </message>
    <message>
        <source>path {path!r} is absolute: paths are relative to the pack root</source>
        <translation>المسار {path!r} مطلق: المسارات نسبية إلى جذر الحزمة</translation>
    </message>
    <message>
        <source>path {path!r} uses backslashes: use forward slashes</source>
        <translation>المسار {path!r} يستخدم شرطات مائلة عكسية: استخدم الشرطات المائلة الأمامية (/)</translation>
    </message>
    <message>
        <source>path {path!r} contains &apos;..&apos;: paths must stay inside the pack</source>
        <translation>المسار {path!r} يحتوي على &apos;..&apos;: يجب أن تبقى المسارات داخل الحزمة</translation>
    </message>
    <message>
        <source>path {path!r} names a drive: paths are relative to the pack root</source>
        <translation>المسار {path!r} يسمّي محرك أقراص: المسارات نسبية إلى جذر الحزمة</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>المسار فارغ</translation>
    </message>
    <message>
        <source>the path contains a NUL character</source>
        <translation>المسار يحتوي على حرف NUL</translation>
    </message>
    <message>
        <source>{what}: prerequisite cycle {cycle} (no module of it could ever open)</source>
        <translation>{what}: حلقة متطلبات مسبقة {cycle} (لا يمكن لأي وحدة فيها أن تُفتح أبدًا)</translation>
    </message>
    <message>
        <source>ref {ref!r} must be FILE#question-id, e.g. quizzes/bank.toml#bank-01</source>
        <translation>يجب أن يكون المرجع {ref!r} بالشكل FILE#question-id، مثلًا quizzes/bank.toml#bank-01</translation>
    </message>
    <message>
        <source>ref {ref!r}: {value!r} is not a valid question id</source>
        <translation>المرجع {ref!r}: {value!r} ليس معرّف سؤال صالحًا</translation>
    </message>
    <message>
        <source>{what}: reference cycle {chain}</source>
        <translation>{what}: حلقة مراجع {chain}</translation>
    </message>
    <message>
        <source>{what}: &apos;ref&apos; takes no other keys (found {found})</source>
        <translation>{what}: لا يقبل &apos;ref&apos; أي مفاتيح أخرى (وُجد: {found})</translation>
    </message>
    <message>
        <source>a reference needs the pack folder</source>
        <translation>يحتاج المرجع إلى مجلد الحزمة</translation>
    </message>
    <message>
        <source>{what}: ref {ref!r}: question {value!r} is not found there</source>
        <translation>{what}: المرجع {ref!r}: السؤال {value!r} غير موجود هناك</translation>
    </message>
    <message>
        <source>&apos;ref&apos; must be a string FILE#question-id</source>
        <translation>يجب أن يكون &apos;ref&apos; نصًا بالشكل FILE#question-id</translation>
    </message>
    <message>
        <source>ref {ref!r} must name a question bank (.toml)</source>
        <translation>يجب أن يسمّي المرجع {ref!r} بنك أسئلة (‎.toml)</translation>
    </message>
    <message>
        <source>ref {ref!r}: {reason}</source>
        <translation>المرجع {ref!r}: {reason}</translation>
    </message>
    <message>
        <source>{what}: ref {ref!r}: {reason}</source>
        <translation>{what}: المرجع {ref!r}: {reason}</translation>
    </message>
    <message>
        <source>{what}: ref {ref!r}: question {value!r} is a part of scenario {owner!r}: refer to the scenario</source>
        <translation>{what}: المرجع {ref!r}: السؤال {value!r} جزء من السيناريو {owner!r}: أشِر إلى السيناريو</translation>
    </message>
    <message>
        <source>{what}: ref {ref!r} is a chain of more than {limit} references</source>
        <translation>{what}: المرجع {ref!r} سلسلة تضم أكثر من {limit} مراجع</translation>
    </message>
    <message>
        <source>remote image {url!r} will not be shown: put images inside the pack</source>
        <translation>لن تُعرض الصورة البعيدة {url!r}: ضع الصور داخل الحزمة</translation>
    </message>
    <message>
        <source>{what}: {key} repeat {values}</source>
        <translation>{what}: {key} يكرر {values}</translation>
    </message>
    <message>
        <source>{what}: a scenario needs at least {minimum} parts (has {count})</source>
        <translation>{what}: يحتاج السيناريو إلى {minimum} أجزاء على الأقل (لديه {count})</translation>
    </message>
    <message>
        <source>{what}: schema_version must be {known} (got {value})</source>
        <translation>{what}: يجب أن تكون قيمة schema_version هي {known} (القيمة: {value})</translation>
    </message>
    <message>
        <source>{what}: schema_version {value} is newer than this app understands ({known}); update CPIMS+ Trainer</source>
        <translation>{what}: الإصدار schema_version {value} أحدث مما يفهمه هذا التطبيق ({known})؛ حدِّث CPIMS+ Trainer</translation>
    </message>
    <message>
        <source>{what}: a single-answer question needs exactly one correct option</source>
        <translation>{what}: يحتاج السؤال أحادي الإجابة إلى خيار صحيح واحد بالضبط</translation>
    </message>
    <message>
        <source>source {source!r}: file {path!r} not found</source>
        <translation>المصدر {source!r}: الملف {path!r} غير موجود</translation>
    </message>
    <message>
        <source>source {source!r} has no section anchor after &apos;#&apos;</source>
        <translation>المصدر {source!r} ليس له مرساة قسم بعد &apos;#&apos;</translation>
    </message>
    <message>
        <source>{what}: source {source!r} must be FILE#anchor</source>
        <translation>{what}: يجب أن يكون المصدر {source!r} بالشكل FILE#anchor</translation>
    </message>
    <message>
        <source>source {source!r} must name a guide chapter (.md)</source>
        <translation>يجب أن يسمّي المصدر {source!r} فصلًا من الدليل (‎.md)</translation>
    </message>
    <message>
        <source>source {source!r}: {reason}</source>
        <translation>المصدر {source!r}: {reason}</translation>
    </message>
    <message>
        <source>source {source!r}: no section with anchor #{anchor} in {path}</source>
        <translation>المصدر {source!r}: لا يوجد قسم بالمرساة #{anchor} في {path}</translation>
    </message>
    <message>
        <source>{what}: step {step} comes after step {previous}: list the gates in increasing step order</source>
        <translation>{what}: المرحلة {step} تأتي بعد المرحلة {previous}: رتّب البوابات تصاعديًا حسب المرحلة</translation>
    </message>
    <message>
        <source>{what}: step {step} is also the step of gate {gate!r}</source>
        <translation>{what}: المرحلة {step} هي أيضًا مرحلة البوابة {gate!r}</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>{what}: subtitles for {language!r} must be a file path</source>
        <translation>{what}: يجب أن تكون الترجمة المصاحبة لـ {language!r} مسار ملف</translation>
    </message>
    <message>
        <source>{what}: subtitles {path!r} must be a WebVTT (.vtt) file</source>
        <translation>{what}: يجب أن تكون الترجمة المصاحبة {path!r} ملف WebVTT (‎.vtt)</translation>
    </message>
    <message>
        <source>path {path!r} is a symbolic link: pack TOML files must be regular files</source>
        <translation>المسار {path!r} رابط رمزي: يجب أن تكون ملفات TOML في الحزمة ملفات عادية</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail}</source>
        <translation>خطأ في صياغة TOML: {detail}</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail} (column {column})</source>
        <translation>خطأ في صياغة TOML: {detail} (العمود {column})</translation>
    </message>
    <message>
        <source>TOML syntax error: {detail} (at the end of the file)</source>
        <translation>خطأ في صياغة TOML: {detail} (في نهاية الملف)</translation>
    </message>
    <message>
        <source>too deeply nested</source>
        <translation>التداخل عميق جدًا</translation>
    </message>
    <message>
        <source>{what}: needs at least {minimum} {key} (has {count})</source>
        <translation>{what}: يلزم {minimum} على الأقل من {key} (الموجود {count})</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must be at least {minimum:g} (got {value})</source>
        <translation>{what}: يجب ألا تقل قيمة &apos;{key}&apos; عن {minimum:g} (القيمة: {value})</translation>
    </message>
    <message>
        <source>{what}: track file {path!r} is listed twice</source>
        <translation>{what}: ملف المسار {path!r} مذكور مرتين</translation>
    </message>
    <message>
        <source>{what}: a track needs at least one module</source>
        <translation>{what}: يحتاج المسار إلى وحدة واحدة على الأقل</translation>
    </message>
    <message>
        <source>{what}: a true_false question needs &apos;answer = true&apos; or &apos;answer = false&apos;</source>
        <translation>{what}: يحتاج سؤال true_false إلى &apos;answer = true&apos; أو &apos;answer = false&apos;</translation>
    </message>
    <message>
        <source>{what}: unknown book {value!r} (books are listed in content/pack.toml)</source>
        <translation>{what}: كتاب غير معروف {value!r} (الكتب مذكورة في content/pack.toml)</translation>
    </message>
    <message>
        <source>{what}: unknown certificate {value!r} (certificates of the pack: {known})</source>
        <translation>{what}: شهادة غير معروفة {value!r} (شهادات الحزمة: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown practical check {value!r} ([[practical_checks]] of the pack: {known})</source>
        <translation>{what}: تقييم عملي غير معروف {value!r} ([[practical_checks]] في الحزمة: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown practical check {value!r} ([[practical_checks]] of the pack: none are defined)</source>
        <translation>{what}: تقييم عملي غير معروف {value!r} ([[practical_checks]] في الحزمة: لم يُعرَّف أي منها)</translation>
    </message>
    <message>
        <source>{what}: unknown gate {value!r}</source>
        <translation>{what}: بوابة غير معروفة {value!r}</translation>
    </message>
    <message>
        <source>{what}: unknown key &apos;{key}&apos; (known keys: {known})</source>
        <translation>{what}: مفتاح غير معروف &apos;{key}&apos; (المفاتيح المعروفة: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown kind {value!r} (use one of {known})</source>
        <translation>{what}: نوع غير معروف {value!r} (استخدم أحد {known})</translation>
    </message>
    <message>
        <source>{what}: unknown module {value!r}</source>
        <translation>{what}: وحدة غير معروفة {value!r}</translation>
    </message>
    <message>
        <source>{what}: unknown prerequisite module {value!r}</source>
        <translation>{what}: وحدة متطلب مسبق غير معروفة {value!r}</translation>
    </message>
    <message>
        <source>{what}: unknown role {value!r} (roles of the pack: {known})</source>
        <translation>{what}: دور غير معروف {value!r} (أدوار الحزمة: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown role {value!r} (roles are listed in content/pack.toml)</source>
        <translation>{what}: دور غير معروف {value!r} (الأدوار مذكورة في content/pack.toml)</translation>
    </message>
    <message>
        <source>{what}: unknown site {value!r} (use one of {known})</source>
        <translation>{what}: موقع غير معروف {value!r} (استخدم أحد {known})</translation>
    </message>
    <message>
        <source>{what}: unknown track {value!r} (tracks of the pack: {known})</source>
        <translation>{what}: مسار غير معروف {value!r} (مسارات الحزمة: {known})</translation>
    </message>
    <message>
        <source>{what}: unknown type {value!r} (use one of {known})</source>
        <translation>{what}: نوع غير معروف {value!r} (استخدم أحد {known})</translation>
    </message>
    <message>
        <source>{what}: unknown walkthrough activity {value!r}</source>
        <translation>{what}: نشاط تمرين تطبيقي غير معروف {value!r}</translation>
    </message>
    <message>
        <source>{what}: &apos;{key}&apos; must name a {suffix} file (got {value!r})</source>
        <translation>{what}: يجب أن يسمّي &apos;{key}&apos; ملفًا بامتداد {suffix} (القيمة: {value!r})</translation>
    </message>
    <message>
        <source>No such pack file: {zip_path}</source>
        <translation>لا يوجد ملف الحزمة هذا: {zip_path}</translation>
    </message>
    <message>
        <source>No activity &apos;{activity_id}&apos; in pack &apos;{pack_id}&apos;.</source>
        <translation>لا يوجد نشاط &apos;{activity_id}&apos; في الحزمة &apos;{pack_id}&apos;.</translation>
    </message>
    <message>
        <source>Writing PDFs is not available here.</source>
        <translation>كتابة ملفات PDF غير متاحة هنا.</translation>
    </message>
    <message>
        <source>malformed: PDF array is too large</source>
        <translation>malformed: مصفوفة PDF كبيرة جدًا</translation>
    </message>
    <message>
        <source>malformed: PDF has a chain of references that is too long</source>
        <translation>malformed: في ملف PDF سلسلة إحالات طويلة جدًا</translation>
    </message>
    <message>
        <source>malformed: PDF compressed data is truncated</source>
        <translation>malformed: البيانات المضغوطة في ملف PDF مبتورة</translation>
    </message>
    <message>
        <source>malformed: PDF compressed data is damaged</source>
        <translation>malformed: البيانات المضغوطة في ملف PDF تالفة</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference offset points outside the file</source>
        <translation>malformed: موضع الإحالات التبادلية في ملف PDF يشير إلى خارج الملف</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference data is damaged</source>
        <translation>malformed: بيانات الإحالات التبادلية في ملف PDF تالفة</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference stream has bad /W</source>
        <translation>malformed: في تدفق الإحالات التبادلية في ملف PDF قيمة /W غير صالحة</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference stream has bad /Index</source>
        <translation>malformed: في تدفق الإحالات التبادلية في ملف PDF قيمة /Index غير صالحة</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference table is damaged</source>
        <translation>malformed: جدول الإحالات التبادلية في ملف PDF تالف</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference entry is damaged</source>
        <translation>malformed: أحد مدخلات الإحالات التبادلية في ملف PDF تالف</translation>
    </message>
    <message>
        <source>malformed: PDF cross-reference stream is too short</source>
        <translation>malformed: تدفق الإحالات التبادلية في ملف PDF قصير جدًا</translation>
    </message>
    <message>
        <source>malformed: PDF dictionary key is not a name</source>
        <translation>malformed: مفتاح قاموس PDF ليس اسمًا</translation>
    </message>
    <message>
        <source>malformed: PDF dictionary is too large</source>
        <translation>malformed: قاموس PDF كبير جدًا</translation>
    </message>
    <message>
        <source>malformed: PDF has no document catalog</source>
        <translation>malformed: لا يحتوي ملف PDF على فهرس المستند</translation>
    </message>
    <message>
        <source>malformed: PDF embedded data is larger than {max_bytes} bytes</source>
        <translation>malformed: البيانات المضمَّنة في ملف PDF أكبر من {max_bytes} بايت</translation>
    </message>
    <message>
        <source>malformed: PDF embedded file has no /Length</source>
        <translation>malformed: الملف المضمَّن في ملف PDF بلا /Length</translation>
    </message>
    <message>
        <source>malformed: PDF embedded file has no file specification</source>
        <translation>malformed: الملف المضمَّن في ملف PDF بلا مواصفة ملف</translation>
    </message>
    <message>
        <source>malformed: PDF embedded file specification has no /EF</source>
        <translation>malformed: مواصفة الملف المضمَّن في ملف PDF بلا /EF</translation>
    </message>
    <message>
        <source>malformed: PDF embedded file has no data stream</source>
        <translation>malformed: الملف المضمَّن في ملف PDF بلا تدفق بيانات</translation>
    </message>
    <message>
        <source>malformed: PDF embedded-file list is too large</source>
        <translation>malformed: قائمة الملفات المضمَّنة في ملف PDF كبيرة جدًا</translation>
    </message>
    <message>
        <source>malformed: PDF embedded-file list is damaged</source>
        <translation>malformed: قائمة الملفات المضمَّنة في ملف PDF تالفة</translation>
    </message>
    <message>
        <source>malformed: PDF embeds two files named {name!r}</source>
        <translation>malformed: يضمّ ملف PDF ملفين باسم {name!r}</translation>
    </message>
    <message>
        <source>malformed: PDF ends in the middle of an object</source>
        <translation>malformed: ينتهي ملف PDF في منتصف أحد الكائنات</translation>
    </message>
    <message>
        <source>malformed: PDF header is missing (not a PDF file)</source>
        <translation>malformed: ترويسة PDF مفقودة (ليس ملف PDF)</translation>
    </message>
    <message>
        <source>malformed: PDF hex string is not closed</source>
        <translation>malformed: سلسلة ست عشرية في ملف PDF غير مغلقة</translation>
    </message>
    <message>
        <source>malformed: PDF hex string has a character that is not a hex digit</source>
        <translation>malformed: في سلسلة ست عشرية في ملف PDF حرف ليس رقمًا ست عشريًا</translation>
    </message>
    <message>
        <source>malformed: PDF is larger than {max_pdf_bytes} MB</source>
        <translation>malformed: ملف PDF أكبر من {max_pdf_bytes} ميغابايت</translation>
    </message>
    <message>
        <source>malformed: PDF has more than {max_attachments} embedded files</source>
        <translation>malformed: في ملف PDF أكثر من {max_attachments} ملفات مضمَّنة</translation>
    </message>
    <message>
        <source>malformed: PDF object {number} is not closed</source>
        <translation>malformed: كائن PDF رقم {number} غير مغلق</translation>
    </message>
    <message>
        <source>malformed: PDF object number is out of range</source>
        <translation>malformed: رقم كائن PDF خارج النطاق</translation>
    </message>
    <message>
        <source>malformed: PDF object stream has bad /N or /First</source>
        <translation>malformed: في تدفق كائنات PDF قيمة /N أو /First غير صالحة</translation>
    </message>
    <message>
        <source>malformed: PDF object stream index is damaged</source>
        <translation>malformed: فهرس تدفق كائنات PDF تالف</translation>
    </message>
    <message>
        <source>malformed: PDF object stream is missing</source>
        <translation>malformed: تدفق كائنات PDF مفقود</translation>
    </message>
    <message>
        <source>malformed: PDF object stream is damaged</source>
        <translation>malformed: تدفق كائنات PDF تالف</translation>
    </message>
    <message>
        <source>malformed: PDF objects nested too deeply</source>
        <translation>malformed: كائنات PDF متداخلة بعمق زائد</translation>
    </message>
    <message>
        <source>malformed: PDF predicted stream has a partial row</source>
        <translation>malformed: في تدفق PDF المتنبَّأ به صف ناقص</translation>
    </message>
    <message>
        <source>malformed: PDF startxref is not a valid offset</source>
        <translation>malformed: قيمة startxref في ملف PDF ليست موضعًا صالحًا</translation>
    </message>
    <message>
        <source>malformed: PDF stream has no dictionary</source>
        <translation>malformed: تدفق PDF بلا قاموس</translation>
    </message>
    <message>
        <source>malformed: PDF stream filter {filters} is not supported</source>
        <translation>malformed: مرشِّح تدفق PDF {filters} غير مدعوم</translation>
    </message>
    <message>
        <source>malformed: PDF stream length does not match its data (truncated or damaged file)</source>
        <translation>malformed: طول تدفق PDF لا يطابق بياناته (الملف مبتور أو تالف)</translation>
    </message>
    <message>
        <source>malformed: PDF stream predictor is not supported</source>
        <translation>malformed: متنبِّئ تدفق PDF غير مدعوم</translation>
    </message>
    <message>
        <source>malformed: PDF stream predictor row type is unknown</source>
        <translation>malformed: نوع صف متنبِّئ تدفق PDF غير معروف</translation>
    </message>
    <message>
        <source>malformed: PDF stream has no valid /Length</source>
        <translation>malformed: تدفق PDF بلا /Length صالح</translation>
    </message>
    <message>
        <source>malformed: PDF string is not closed</source>
        <translation>malformed: سلسلة PDF غير مغلقة</translation>
    </message>
    <message>
        <source>malformed: PDF string is too long</source>
        <translation>malformed: سلسلة PDF طويلة جدًا</translation>
    </message>
    <message>
        <source>malformed: PDF text is not a string</source>
        <translation>malformed: نص PDF ليس سلسلة</translation>
    </message>
    <message>
        <source>malformed: PDF has too many cross-reference sections</source>
        <translation>malformed: في ملف PDF أقسام إحالات تبادلية كثيرة جدًا</translation>
    </message>
    <message>
        <source>malformed: PDF trailer is not a dictionary</source>
        <translation>malformed: مقطع PDF الختامي (trailer) ليس قاموسًا</translation>
    </message>
    <message>
        <source>malformed: PDF is truncated (no end-of-file marker)</source>
        <translation>malformed: ملف PDF مبتور (لا توجد علامة نهاية الملف)</translation>
    </message>
    <message>
        <source>malformed: PDF has an unexpected token at byte {pos}</source>
        <translation>malformed: في ملف PDF رمز غير متوقع عند البايت {pos}</translation>
    </message>
    <message>
        <source>malformed: PDF value {kind} cannot be written</source>
        <translation>malformed: تتعذّر كتابة قيمة PDF {kind}</translation>
    </message>
    <message>
        <source>malformed: PDF {what} is not where the cross-reference table says</source>
        <translation>malformed: {what} في ملف PDF ليس في الموضع الذي يذكره جدول الإحالات التبادلية</translation>
    </message>
    <message>
        <source>Activity &apos;{activity_id}&apos; is a {value}, not a {value2}.</source>
        <translation>النشاط &apos;{activity_id}&apos; من نوع {value}، وليس من نوع {value2}.</translation>
    </message>
    <message>
        <source>Attending a session does not complete activity &apos;{activity_id}&apos;.</source>
        <translation>حضور جلسة لا يُكمل النشاط &apos;{activity_id}&apos;.</translation>
    </message>
    <message>
        <source>The video&apos;s duration is unknown; nothing was recorded.</source>
        <translation>مدة الفيديو غير معروفة؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>Activity &apos;{activity_id}&apos; is a {value}, not a quiz.</source>
        <translation>النشاط &apos;{activity_id}&apos; من نوع {value}، وليس اختبارًا.</translation>
    </message>
    <message>
        <source>An answer must be text, true/false, a list of texts or a mapping of texts: {response!r}</source>
        <translation>يجب أن تكون الإجابة نصًا، أو صح/خطأ، أو قائمة نصوص، أو تقابلًا بين نصوص: {response!r}</translation>
    </message>
    <message>
        <source>This attempt was already submitted: its answers can no longer change.</source>
        <translation>سبق إرسال هذه المحاولة: لم يعد ممكنًا تغيير إجاباتها.</translation>
    </message>
    <message>
        <source>This attempt is still open: submit it before reviewing it.</source>
        <translation>هذه المحاولة ما زالت مفتوحة: أرسلها قبل مراجعتها.</translation>
    </message>
    <message>
        <source>The question bank {file} cannot be used: {first}</source>
        <translation>لا يمكن استخدام بنك الأسئلة {file}: {first}</translation>
    </message>
    <message>
        <source>You have used all {count} attempts allowed for this quiz.</source>
        <translation>استنفدت جميع المحاولات المسموح بها لهذا الاختبار ({count}).</translation>
    </message>
    <message>
        <source>Question bank {rel} has {count} problem(s)</source>
        <translation>في بنك الأسئلة {rel} عدد من المشكلات: {count}</translation>
    </message>
    <message>
        <source>The question bank {file} cannot be read: {strerror}.</source>
        <translation>تتعذّر قراءة بنك الأسئلة {file}: {strerror}.</translation>
    </message>
    <message>
        <source>Question &apos;{question_id}&apos; is not part of this attempt.</source>
        <translation>السؤال &apos;{question_id}&apos; ليس جزءًا من هذه المحاولة.</translation>
    </message>
    <message>
        <source>No quiz attempt with id {attempt_id}.</source>
        <translation>لا توجد محاولة اختبار بالمعرّف {attempt_id}.</translation>
    </message>
    <message>
        <source>You can try this quiz again from {at:%Y-%m-%d %H:%M} UTC.</source>
        <translation>يمكنك إعادة هذا الاختبار بدءًا من {at:%Y-%m-%d %H:%M} بالتوقيت العالمي (UTC).</translation>
    </message>
    <message>
        <source>No bundle import with id {import_id}.</source>
        <translation>لا توجد عملية استيراد حزمة بالمعرّف {import_id}.</translation>
    </message>
    <message>
        <source>That conflict does not exist or was resolved already.</source>
        <translation>هذا التعارض غير موجود أو سبق حلّه.</translation>
    </message>
    <message>
        <source>&apos;{fingerprint}&apos; is not a key fingerprint.</source>
        <translation>&apos;{fingerprint}&apos; ليست بصمة مفتاح.</translation>
    </message>
    <message>
        <source>Nothing is kept aside for key {wanted}.</source>
        <translation>لا يوجد شيء محجوز جانبًا للمفتاح {wanted}.</translation>
    </message>
    <message>
        <source>Rejected: certificate {row} in the bundle does not verify ({error}).</source>
        <translation>مرفوض: الشهادة {row} في الحزمة لم تجتز التحقق ({error}).</translation>
    </message>
    <message>
        <source>Rejected: certificate {row} carries a credential with another id.</source>
        <translation>مرفوض: الشهادة {row} تحمل بيانات اعتماد بمعرّف مختلف.</translation>
    </message>
    <message>
        <source>Rejected: {reason} Nothing from {name} was imported.</source>
        <translation>مرفوض: {reason} لم يُستورد أي شيء من {name}.</translation>
    </message>
    <message>
        <source>Rejected: {name} is a receipt for bundle {bundle_id}…, which was not exported from this installation.</source>
        <translation>مرفوض: {name} إيصال استلام للحزمة {bundle_id}…، ولم تُصدَّر هذه الحزمة من هذا التثبيت.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date (YYYY-MM-DD) or an ISO date and time.</source>
        <translation>&apos;{text}&apos; ليس تاريخًا (YYYY-MM-DD) ولا تاريخًا ووقتًا بصيغة ISO.</translation>
    </message>
    <message>
        <source>Writing PDF reports is not available here.</source>
        <translation>كتابة تقارير PDF غير متاحة هنا.</translation>
    </message>
    <message>
        <source>The readiness report could not be written to {path}: {detail}</source>
        <translation>تعذّرت كتابة تقرير الجاهزية في {path}: {detail}</translation>
    </message>
    <message>
        <source>Unknown report format &apos;{format}&apos;. Use one of: {items}.</source>
        <translation>تنسيق التقرير &apos;{format}&apos; غير معروف. استخدم أحد التنسيقات التالية: {items}.</translation>
    </message>
    <message>
        <source>Unknown report view &apos;{view}&apos;. Use one of: {items}.</source>
        <translation>عرض التقرير &apos;{view}&apos; غير معروف. استخدم أحد العروض التالية: {items}.</translation>
    </message>
    <message>
        <source>The speaker notes {file} must hold &apos;notes&apos;, a list of strings.</source>
        <translation>يجب أن تحتوي ملاحظات المتحدث {file} على &apos;notes&apos;، وهي قائمة من النصوص.</translation>
    </message>
    <message>
        <source>The speaker notes {file} cannot be read: it is not a readable TOML file.</source>
        <translation>تتعذر قراءة ملاحظات المتحدث {file}: ليس ملف TOML قابلًا للقراءة.</translation>
    </message>
    <message>
        <source>The speaker notes {file} cannot be read: {problem}.</source>
        <translation>تتعذر قراءة ملاحظات المتحدث {file}: {problem}.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a slide deck.</source>
        <translation>&apos;{title}&apos; ليس عرض شرائح.</translation>
    </message>
    <message>
        <source>The slide deck {file} cannot be opened: {problem}.</source>
        <translation>يتعذّر فتح عرض الشرائح {file}: {problem}.</translation>
    </message>
    <message>
        <source>the certificate carries no status entry (issued before status lists)</source>
        <translation>لا تحمل الشهادة أي مدخل حالة (صدرت قبل اعتماد قوائم الحالة)</translation>
    </message>
    <message>
        <source>malformed: not a BitstringStatusListCredential</source>
        <translation>malformed: ليست BitstringStatusListCredential</translation>
    </message>
    <message>
        <source>malformed: credentialStatus is not a BitstringStatusListEntry</source>
        <translation>malformed: credentialStatus ليس BitstringStatusListEntry</translation>
    </message>
    <message>
        <source>malformed: credentialStatus needs a revocation purpose, a list and an index</source>
        <translation>malformed: يتطلب credentialStatus غرض إلغاء وقائمة وفهرسًا</translation>
    </message>
    <message>
        <source>malformed: encodedList is not a GZIP bitstring</source>
        <translation>malformed: encodedList ليس سلسلة بتات بضغط GZIP</translation>
    </message>
    <message>
        <source>malformed: encodedList is not multibase base64url</source>
        <translation>malformed: encodedList ليس بترميز multibase base64url</translation>
    </message>
    <message>
        <source>malformed: the status list has no BitstringStatusList subject</source>
        <translation>malformed: لا تحتوي قائمة الحالة على موضوع BitstringStatusList</translation>
    </message>
    <message>
        <source>malformed: the status list names no issuer or id</source>
        <translation>malformed: لا تذكر قائمة الحالة جهة إصدار ولا معرّفًا</translation>
    </message>
    <message>
        <source>malformed: the status list is not for revocation</source>
        <translation>malformed: قائمة الحالة ليست مخصصة للإلغاء</translation>
    </message>
    <message>
        <source>malformed: the status list is shorter than 131,072 entries</source>
        <translation>malformed: قائمة الحالة أقصر من 131,072 مدخلًا</translation>
    </message>
    <message>
        <source>malformed: the status list is too large</source>
        <translation>malformed: قائمة الحالة كبيرة جدًا</translation>
    </message>
    <message>
        <source>malformed: statusListIndex is not a base-10 index within the list</source>
        <translation>malformed: statusListIndex ليس فهرسًا عشريًا ضمن القائمة</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({strerror}).</source>
        <translation>{path}: تتعذّر قراءته ({strerror}).</translation>
    </message>
    <message>
        <source>status index {index} is outside the list</source>
        <translation>فهرس الحالة {index} خارج القائمة</translation>
    </message>
    <message>
        <source>status list: {reason}</source>
        <translation>قائمة الحالة: {reason}</translation>
    </message>
    <message>
        <source>The status list address must be an https:// URL without spaces or &apos;#&apos;.</source>
        <translation>يجب أن يكون عنوان قائمة الحالة URL يبدأ بـ https:// دون مسافات أو &apos;#&apos;.</translation>
    </message>
    <message>
        <source>the status list is full</source>
        <translation>قائمة الحالة ممتلئة</translation>
    </message>
    <message>
        <source>the status list is not the one this certificate points to</source>
        <translation>قائمة الحالة ليست القائمة التي تشير إليها هذه الشهادة</translation>
    </message>
    <message>
        <source>the status list is not signed by the certificate&apos;s issuer</source>
        <translation>قائمة الحالة غير موقَّعة من جهة إصدار الشهادة</translation>
    </message>
    <message>
        <source>{path}: too large for a status list.</source>
        <translation>{path}: أكبر من أن يكون قائمة حالة.</translation>
    </message>
    <message>
        <source>The backup could not be copied: {error}</source>
        <translation>تعذّر نسخ النسخة الاحتياطية: {error}</translation>
    </message>
    <message>
        <source>The backup could not be written: {error}</source>
        <translation>تعذّرت كتابة النسخة الاحتياطية: {error}</translation>
    </message>
    <message>
        <source>The backup {backup} is damaged (it fails the quick check): it was not restored.</source>
        <translation>النسخة الاحتياطية {backup} تالفة (لم تجتز الفحص السريع): لم تُستعد.</translation>
    </message>
    <message>
        <source>No backup file {chosen}.</source>
        <translation>لا يوجد ملف نسخة احتياطية {chosen}.</translation>
    </message>
    <message>
        <source>Backups are made of the SQLite database; use your server&apos;s tools for this one.</source>
        <translation>تُنشأ النسخ الاحتياطية لقاعدة بيانات SQLite فقط؛ استخدم أدوات الخادم لديك لقاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>CPIMS+ Trainer is already open on this data folder ({parent}). Switch to that window, or close it first.</source>
        <translation>CPIMS+ Trainer مفتوح من قبل على مجلد البيانات هذا ({parent}). انتقل إلى تلك النافذة، أو أغلقها أولًا.</translation>
    </message>
    <message>
        <source>The database {path} is damaged: {error}.</source>
        <translation>قاعدة البيانات {path} تالفة: {error}.</translation>
    </message>
    <message>
        <source>The database could not be upgraded; nothing was changed: {error}</source>
        <translation>تعذّرت ترقية قاعدة البيانات؛ لم يتغيّر شيء: {error}</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes).</source>
        <translation>قاعدة البيانات {path} فارغة (0 بايت).</translation>
    </message>
    <message>
        <source>The database {path} fails the integrity check: {detail}</source>
        <translation>لم تجتز قاعدة البيانات {path} فحص السلامة: {detail}</translation>
    </message>
    <message>
        <source>No database migrations are installed.</source>
        <translation>لا توجد ترحيلات لقاعدة البيانات مثبتة.</translation>
    </message>
    <message>
        <source>The database {path} is not a SQLite database.</source>
        <translation>قاعدة البيانات {path} ليست قاعدة بيانات SQLite.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a database URL such as postgresql+psycopg://user@host/db.</source>
        <translation>&apos;{url}&apos; ليس عنوان URL لقاعدة بيانات مثل postgresql+psycopg://user@host/db.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>القرص ممتلئ: لم يُحفظ شيء. أفرغ بعض المساحة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>No good backup found in {backups}.</source>
        <translation>لم يُعثر على نسخة احتياطية سليمة في {backups}.</translation>
    </message>
    <message>
        <source>The database could not complete the operation: {detail}</source>
        <translation>تعذّر على قاعدة البيانات إتمام العملية: {detail}</translation>
    </message>
    <message>
        <source>The data folder is read-only: nothing was saved.</source>
        <translation>مجلد البيانات للقراءة فقط: لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The newest backup is {backup}; restore it with `cpims-trainer db restore`.</source>
        <translation>أحدث نسخة احتياطية هي {backup}؛ استعدها باستخدام `cpims-trainer db restore`.</translation>
    </message>
    <message>
        <source>The database server cannot be reached (connection refused or lost): nothing was saved. Check that it is running and the network is up, then try again. ({detail})</source>
        <translation>يتعذّر الوصول إلى خادم قاعدة البيانات (رُفض الاتصال أو انقطع): لم يُحفظ شيء. تحقّق من أنه يعمل وأن الشبكة متصلة، ثم حاول مجددًا. ({detail})</translation>
    </message>
    <message>
        <source>Cannot use the database URL: {error}</source>
        <translation>يتعذّر استخدام عنوان URL لقاعدة البيانات: {error}</translation>
    </message>
    <message>
        <source>malformed: not a certificate token</source>
        <translation>malformed: ليس رمز شهادة</translation>
    </message>
    <message>
        <source>malformed: token claims are not canonical JSON</source>
        <translation>malformed: بيانات الرمز ليست JSON بصيغة قانونية</translation>
    </message>
    <message>
        <source>malformed: token claims are not the expected set</source>
        <translation>malformed: بيانات الرمز ليست المجموعة المتوقعة</translation>
    </message>
    <message>
        <source>malformed: token claims have the wrong types</source>
        <translation>malformed: أنواع بيانات الرمز غير صحيحة</translation>
    </message>
    <message>
        <source>malformed: token date is not YYYY-MM-DD</source>
        <translation>malformed: تاريخ الرمز ليس بصيغة YYYY-MM-DD</translation>
    </message>
    <message>
        <source>malformed: a token has the form {token_prefix}.&lt;claims&gt;.&lt;signature&gt;</source>
        <translation>malformed: صيغة الرمز هي {token_prefix}.&lt;claims&gt;.&lt;signature&gt;</translation>
    </message>
    <message>
        <source>malformed: token issuer is not the signing key</source>
        <translation>malformed: جهة إصدار الرمز ليست مفتاح التوقيع</translation>
    </message>
    <message>
        <source>malformed: token signature is not 64 bytes</source>
        <translation>malformed: توقيع الرمز ليس بطول 64 بايت</translation>
    </message>
    <message>
        <source>The passphrase needs at least {min_passphrase_chars} characters.</source>
        <translation>يجب ألا تقل عبارة المرور عن {min_passphrase_chars} حرفًا.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>عبارة المرور هذه غير صحيحة.</translation>
    </message>
    <message>
        <source>No trainer passphrase is set yet: set one first.</source>
        <translation>لم تُعيَّن عبارة مرور المدرب بعد: عيّنها أولًا.</translation>
    </message>
    <message>
        <source>Unlock trainer mode first.</source>
        <translation>افتح وضع المدرب أولًا.</translation>
    </message>
    <message>
        <source>Give the issuer a label (for example the training centre&apos;s name).</source>
        <translation>أعطِ جهة الإصدار تسمية (مثل اسم مركز التدريب).</translation>
    </message>
    <message>
        <source>This installation&apos;s own key is always trusted.</source>
        <translation>مفتاح هذا التثبيت موثوق به دائمًا.</translation>
    </message>
    <message>
        <source>This installation&apos;s signing key cannot be created in {keys}: {strerror}.</source>
        <translation>يتعذّر إنشاء مفتاح التوقيع لهذا التثبيت في {keys}: {strerror}.</translation>
    </message>
    <message>
        <source>&apos;{fingerprint_or_did}&apos; is not a key fingerprint or a did:key.</source>
        <translation>&apos;{fingerprint_or_did}&apos; ليست بصمة مفتاح ولا did:key.</translation>
    </message>
    <message>
        <source>No known issuer key matches &apos;{fingerprint_or_did}&apos;. Import one of its certificates first, or give the certificate file or the issuer&apos;s did:key.</source>
        <translation>لا يوجد مفتاح جهة إصدار معروف يطابق &apos;{fingerprint_or_did}&apos;. استورد إحدى شهاداتها أولًا، أو أدخل ملف الشهادة أو did:key الخاص بجهة الإصدار.</translation>
    </message>
    <message>
        <source>{name}: a box has an invalid size; the file is damaged.</source>
        <translation>{name}: أحد الصناديق (box) حجمه غير صالح؛ الملف تالف.</translation>
    </message>
    <message>
        <source>{name}: the duration is missing from the file.</source>
        <translation>{name}: المدة غير موجودة في الملف.</translation>
    </message>
    <message>
        <source>{name}: the file is truncated.</source>
        <translation>{name}: الملف مبتور.</translation>
    </message>
    <message>
        <source>{name}: no &apos;moov&apos; box; the file is truncated or not an MP4.</source>
        <translation>{name}: لا يوجد صندوق &apos;moov&apos;؛ الملف مبتور أو ليس MP4.</translation>
    </message>
    <message>
        <source>{name}: the &apos;moov&apos; box is implausibly large.</source>
        <translation>{name}: صندوق &apos;moov&apos; كبير على نحو غير معقول.</translation>
    </message>
    <message>
        <source>{first}</source>
        <translation>{first}</translation>
    </message>
    <message>
        <source>{source}: not UTF-8 text (byte {start})</source>
        <translation>{source}: ليس نصًا بترميز UTF-8 (البايت {start})</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a video.</source>
        <translation>&apos;{title}&apos; ليس فيديو.</translation>
    </message>
    <message>
        <source>The video file {file} is missing from the pack.</source>
        <translation>ملف الفيديو {file} مفقود من الحزمة.</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>توقيع غير صالح</translation>
    </message>
    <message>
        <source>malformed: issuer key differs from the known key</source>
        <translation>malformed: مفتاح الجهة المُصدِرة يختلف عن المفتاح المعروف</translation>
    </message>
    <message>
        <source>the QR token does not match the attached credential</source>
        <translation>رمز QR لا يطابق الشهادة المرفقة</translation>
    </message>
    <message>
        <source>QR token: {reason}</source>
        <translation>رمز QR: {reason}</translation>
    </message>
    <message>
        <source>revoked on {date:%Y-%m-%d}</source>
        <translation>أُلغيت في {date:%Y-%m-%d}</translation>
    </message>
    <message>
        <source>revoked on {date:%Y-%m-%d}: {reason}</source>
        <translation>أُلغيت في {date:%Y-%m-%d}: {reason}</translation>
    </message>
    <message>
        <source>revoked (the issuer&apos;s status list)</source>
        <translation>أُلغيت (قائمة حالة الجهة المُصدِرة)</translation>
    </message>
    <message>
        <source>a QR token alone cannot be imported: import the certificate&apos;s PDF or JSON file</source>
        <translation>لا يمكن استيراد رمز QR وحده: استورد ملف PDF أو JSON الخاص بالشهادة</translation>
    </message>
    <message>
        <source>a different certificate with the same id is already stored</source>
        <translation>توجد شهادة أخرى محفوظة بالمعرّف نفسه</translation>
    </message>
    <message>
        <source>{file}: cannot be read ({strerror})</source>
        <translation>{file}: تتعذّر قراءته ({strerror})</translation>
    </message>
    <message>
        <source>{source}:{line}: the file must start with &apos;WEBVTT&apos;</source>
        <translation>{source}:{line}: يجب أن يبدأ الملف بـ &apos;WEBVTT&apos;</translation>
    </message>
    <message>
        <source>{source}:{line}: expected a cue timing line like &apos;00:01.000 --&gt; 00:04.000&apos;</source>
        <translation>{source}:{line}: كان متوقعًا سطر توقيت مثل &apos;00:01.000 --&gt; 00:04.000&apos;</translation>
    </message>
    <message>
        <source>{source}:{line}: malformed cue timing &apos;{timing}&apos;</source>
        <translation>{source}:{line}: توقيت غير سليم &apos;{timing}&apos;</translation>
    </message>
    <message>
        <source>{source}:{line}: the cue ends before it starts</source>
        <translation>{source}:{line}: ينتهي المقطع قبل أن يبدأ</translation>
    </message>
    <message>
        <source>{source}:{line}: a cue timing line inside a cue (missing blank line?)</source>
        <translation>{source}:{line}: سطر توقيت داخل مقطع (هل ينقص سطر فارغ؟)</translation>
    </message>
    <message>
        <source>the bundle has records of learners or quiz attempts it does not hold.</source>
        <translation>تحتوي الحزمة على سجلات لمتعلمين أو لمحاولات اختبار لا تتضمنها.</translation>
    </message>
    <message>
        <source>The LRS cannot be reached: {detail}</source>
        <translation>يتعذّر الوصول إلى مخزن سجلات التعلّم (LRS): {detail}</translation>
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
        <translation>HTTP {status} (رفض مخزن سجلات التعلّم بيانات الاعتماد)</translation>
    </message>
    <message>
        <source>HTTP {status} (the LRS refused the credentials): {words}</source>
        <translation>HTTP {status} (رفض مخزن سجلات التعلّم بيانات الاعتماد): {words}</translation>
    </message>
    <message>
        <source>HTTP {status} (the LRS forbids this account to write statements)</source>
        <translation>HTTP {status} (يمنع مخزن سجلات التعلّم هذا الحساب من كتابة البيانات)</translation>
    </message>
    <message>
        <source>HTTP {status} (the LRS forbids this account to write statements): {words}</source>
        <translation>HTTP {status} (يمنع مخزن سجلات التعلّم هذا الحساب من كتابة البيانات): {words}</translation>
    </message>
    <message>
        <source>409 Conflict, then {reason}</source>
        <translation>409 تعارض، ثم {reason}</translation>
    </message>
    <message>
        <source>409 Conflict, and the LRS&apos;s copy is not JSON</source>
        <translation>409 تعارض، ونسخة مخزن سجلات التعلّم ليست بصيغة JSON</translation>
    </message>
    <message>
        <source>already in the LRS</source>
        <translation>موجودة بالفعل في مخزن سجلات التعلّم</translation>
    </message>
    <message>
        <source>The LRS holds a different statement under this id.</source>
        <translation>يحتفظ مخزن سجلات التعلّم ببيان مختلف تحت هذا المعرّف.</translation>
    </message>
    <message>
        <source>malformed: duplicate key {key!r}</source>
        <translation>malformed: مفتاح مكرر {key!r}</translation>
    </message>
    <message>
        <source>malformed: {name} is not allowed</source>
        <translation>malformed: {name} غير مسموح به</translation>
    </message>
    <message>
        <source>malformed: number too long</source>
        <translation>malformed: الرقم طويل جدًا</translation>
    </message>
    <message>
        <source>malformed: number out of range</source>
        <translation>malformed: الرقم خارج النطاق</translation>
    </message>
    <message>
        <source>Open a walkthrough first.</source>
        <translation>افتح تمرينًا تطبيقيًا أولًا.</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a walkthrough.</source>
        <translation>&apos;{title}&apos; ليس تمرينًا تطبيقيًا.</translation>
    </message>
    <message>
        <source>The walkthrough file {file} cannot be read: {problem}.</source>
        <translation>تتعذّر قراءة ملف التمرين التطبيقي {file}: {problem}.</translation>
    </message>
    <message>
        <source>Walkthrough {rel} has {count} problem(s)</source>
        <translation>في التمرين التطبيقي {rel} عدد من المشكلات: {count}</translation>
    </message>
    <message>
        <source>The walkthrough {path} has no step &apos;{step_id}&apos;.</source>
        <translation>لا توجد في التمرين التطبيقي {path} خطوة &apos;{step_id}&apos;.</translation>
    </message>
    <message>
        <source>The walkthrough {rel} cannot be used: {first}</source>
        <translation>لا يمكن استخدام التمرين التطبيقي {rel}: {first}</translation>
    </message>
    <message>
        <source>Cannot extract {name}: {strerror}</source>
        <translation>يتعذّر استخراج {name}: {strerror}</translation>
    </message>
    <message>
        <source>Cannot extract into {dest}: the folder is not empty.</source>
        <translation>يتعذّر الاستخراج إلى {dest}: المجلد ليس فارغًا.</translation>
    </message>
    <message>
        <source>{name} is not a valid zip file or is damaged ({error}).</source>
        <translation>{name} ليس ملف zip صالحًا أو أنه تالف ({error}).</translation>
    </message>
    <message>
        <source>This zip does not hold a content pack: content/pack.toml is neither at its top level nor in its single top folder.</source>
        <translation>لا يحتوي ملف zip هذا على حزمة محتوى: الملف content/pack.toml ليس في مستواه الأعلى ولا في مجلده العلوي الوحيد.</translation>
    </message>
    <message>
        <source>The zip has {count:,} entries; the limit is {max_entries:,}.</source>
        <translation>في ملف zip {count:,} مدخلًا؛ والحد {max_entries:,}.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} has an absolute path; pack zips hold relative paths only.</source>
        <translation>مسار مدخل zip {raw!r} مطلق؛ لا تحتوي ملفات zip للحزم إلا على مسارات نسبية.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} contains &apos;..&apos; and would be written outside the pack.</source>
        <translation>يحتوي مدخل zip {raw!r} على &apos;..&apos; وسيُكتب خارج الحزمة.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} has an empty name.</source>
        <translation>اسم مدخل zip {raw!r} فارغ.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} is encrypted; pack zips cannot be encrypted.</source>
        <translation>مدخل zip {raw!r} مشفّر؛ لا يجوز تشفير ملفات zip للحزم.</translation>
    </message>
    <message>
        <source>The zip entry {filename!r} expands {ratio:,.0f} times ({size} to {size2}); the limit is {max_ratio:,.0f} times. It looks like a zip bomb.</source>
        <translation>يتمدد مدخل zip {filename!r} بمقدار {ratio:,.0f} مرة ({size} إلى {size2})؛ والحد {max_ratio:,.0f} مرة. يبدو أنه قنبلة zip.</translation>
    </message>
    <message>
        <source>The zip entry {filename!r} is larger than its header says.</source>
        <translation>مدخل zip {filename!r} أكبر مما تذكره ترويسته.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} has a NUL character in its name.</source>
        <translation>يحتوي اسم مدخل zip {raw!r} على حرف NUL.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} is not a regular file or folder.</source>
        <translation>مدخل zip {raw!r} ليس ملفًا عاديًا ولا مجلدًا.</translation>
    </message>
    <message>
        <source>The zip entry {raw!r} is a symbolic link; pack zips may not contain links.</source>
        <translation>مدخل zip {raw!r} رابط رمزي؛ لا يجوز أن تحتوي ملفات zip للحزم على روابط.</translation>
    </message>
    <message>
        <source>The zip entry {filename!r} would expand to {size}; the limit for one file is {size2}.</source>
        <translation>سيتمدد مدخل zip {filename!r} إلى {size}؛ والحد لملف واحد {size2}.</translation>
    </message>
    <message>
        <source>The zip expands {ratio:,.0f} times in total ({size} to {size2}); the limit is {max_ratio:,.0f} times. It looks like a zip bomb.</source>
        <translation>يتمدد ملف zip بمقدار {ratio:,.0f} مرة إجمالًا ({size} إلى {size2})؛ والحد {max_ratio:,.0f} مرة. يبدو أنه قنبلة zip.</translation>
    </message>
    <message>
        <source>The zip holds {name!r} twice (names that differ only in case clash).</source>
        <translation>يحتوي ملف zip على {name!r} مرتين (الأسماء التي لا تختلف إلا في حالة الأحرف تتعارض).</translation>
    </message>
    <message>
        <source>The zip would expand to {size}; the limit is {size2}.</source>
        <translation>سيتمدد ملف zip إلى {size}؛ والحد {size2}.</translation>
    </message>
    <message>
        <source>attendee&apos;s name</source>
        <translation>اسم الحاضر</translation>
    </message>
    <message>
        <source>a certificate PDF</source>
        <translation>ملف PDF للشهادة</translation>
    </message>
    <message>
        <source>account home page</source>
        <translation>الصفحة الرئيسية للحساب</translation>
    </message>
    <message>
        <source>the item analysis PDF</source>
        <translation>ملف PDF لتحليل الأسئلة</translation>
    </message>
    <message>
        <source>location</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>mark a step not applicable</source>
        <translation>يحدد خطوة بأنها غير منطبقة</translation>
    </message>
    <message>
        <source>sign off a step</source>
        <translation>يعتمد خطوة</translation>
    </message>
    <message>
        <source>tick evidence</source>
        <translation>يؤشّر على دليل</translation>
    </message>
    <message>
        <source>LRS endpoint</source>
        <translation>نقطة نهاية LRS</translation>
    </message>
    <message>
        <source>note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>observer&apos;s name</source>
        <translation>اسم المراقب</translation>
    </message>
    <message>
        <source>organisation&apos;s name</source>
        <translation>اسم الجهة</translation>
    </message>
    <message>
        <source>a PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>the readiness report</source>
        <translation>تقرير الجاهزية</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>recorded value</source>
        <translation>القيمة المسجلة</translation>
    </message>
    <message>
        <source>session&apos;s title</source>
        <translation>عنوان الجلسة</translation>
    </message>
    <message>
        <source>signatory</source>
        <translation>الموقِّع</translation>
    </message>
    <message>
        <source>trainer&apos;s name</source>
        <translation>اسم المدرب</translation>
    </message>
    <message>
        <source>{root}: {count} problem(s)</source>
        <translation>{root}: عدد المشكلات {count}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… و{count} أخرى</translation>
    </message>
    <message>
        <source>activity {id}</source>
        <translation>النشاط {id}</translation>
    </message>
    <message>
        <source>book {id}</source>
        <translation>الكتاب {id}</translation>
    </message>
    <message>
        <source>certificate {id}</source>
        <translation>الشهادة {id}</translation>
    </message>
    <message>
        <source>certificate translation {id}</source>
        <translation>ترجمة الشهادة {id}</translation>
    </message>
    <message>
        <source>gate {id}</source>
        <translation>البوابة {id}</translation>
    </message>
    <message>
        <source>gate {parent} requirement {id}</source>
        <translation>البوابة {parent}، المتطلب {id}</translation>
    </message>
    <message>
        <source>gates file</source>
        <translation>ملف البوابات</translation>
    </message>
    <message>
        <source>image {id}</source>
        <translation>الصورة {id}</translation>
    </message>
    <message>
        <source>link {id}</source>
        <translation>الرابط {id}</translation>
    </message>
    <message>
        <source>module {id}</source>
        <translation>الوحدة {id}</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>practical check {id}</source>
        <translation>التقييم العملي {id}</translation>
    </message>
    <message>
        <source>question {id}</source>
        <translation>السؤال {id}</translation>
    </message>
    <message>
        <source>question bank</source>
        <translation>بنك الأسئلة</translation>
    </message>
    <message>
        <source>question {id} part</source>
        <translation>جزء من السؤال {id}</translation>
    </message>
    <message>
        <source>question reference</source>
        <translation>مرجع السؤال</translation>
    </message>
    <message>
        <source>requirement {id}</source>
        <translation>المتطلب {id}</translation>
    </message>
    <message>
        <source>gate {parent} requirement {id} measure</source>
        <translation>مقياس المتطلب {id} في البوابة {parent}</translation>
    </message>
    <message>
        <source>role {id}</source>
        <translation>الدور {id}</translation>
    </message>
    <message>
        <source>slide notes</source>
        <translation>ملاحظات الشرائح</translation>
    </message>
    <message>
        <source>step {id}</source>
        <translation>الخطوة {id}</translation>
    </message>
    <message>
        <source>track {id}</source>
        <translation>المسار {id}</translation>
    </message>
    <message>
        <source>track certificate</source>
        <translation>شهادة المسار</translation>
    </message>
    <message>
        <source>track file</source>
        <translation>ملف المسار</translation>
    </message>
    <message>
        <source>walkthrough</source>
        <translation>التمرين التطبيقي</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>{n} %</source>
        <translation>{n}٪</translation>
    </message>
    <message>
        <source>B</source>
        <translation>بايت</translation>
    </message>
    <message>
        <source>KiB</source>
        <translation>كيبيبايت</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>ميبيبايت</translation>
    </message>
    <message>
        <source>GiB</source>
        <translation>جيبيبايت</translation>
    </message>
    <message>
        <source>TiB</source>
        <translation>تيبيبايت</translation>
    </message>
    <message>
        <source>PiB</source>
        <translation>بيبيبايت</translation>
    </message>
    <message>
        <source>EiB</source>
        <translation>إكسبيبايت</translation>
    </message>
</context>
<context>
    <name>kind</name>
    <message>
        <source>Guide</source>
        <translation>دليل</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>شرائح</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>اختبار</translation>
    </message>
    <message>
        <source>Walkthrough</source>
        <translation>تمرين تطبيقي</translation>
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
        <translation>يتعذّر تشغيل CPIMS+ Trainer</translation>
    </message>
    <message>
        <source>An unexpected error occurred: {error}</source>
        <translation>حدث خطأ غير متوقع: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>The training database is damaged</source>
        <translation>قاعدة بيانات التدريب تالفة</translation>
    </message>
    <message>
        <source>The damaged file will be moved aside to {folder}, never deleted.</source>
        <translation>سيُنقل الملف التالف جانبًا إلى ⁨{folder}⁩، ولن يُحذف أبدًا.</translation>
    </message>
    <message>
        <source>The newest backup is {name}.</source>
        <translation>أحدث نسخة احتياطية هي ⁨{name}⁩.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>استعادة أحدث نسخة احتياطية</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>البدء بقاعدة بيانات فارغة</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>locks</name>
    <message>
        <source>Locked — finish {modules} first</source>
        <translation>مقفل — أكمل ⁨{modules}⁩ أولًا</translation>
    </message>
    <message>
        <source>Trainer preview: learners see this only after finishing {modules}.</source>
        <translation>معاينة المدرب: لا يرى المتدربون هذا إلا بعد إكمال ⁨{modules}⁩.</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>checking the signature</source>
        <translation>جارٍ التحقق من التوقيع</translation>
    </message>
    <message>
        <source>adding the records</source>
        <translation>جارٍ إضافة السجلات</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>gathering the records</source>
        <translation>جارٍ جمع السجلات</translation>
    </message>
    <message>
        <source>writing the file</source>
        <translation>جارٍ كتابة الملف</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>جارٍ البدء</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>المتدربون</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>session log</source>
        <translation>سجل الجلسات</translation>
    </message>
    <message>
        <source>quiz attempts</source>
        <translation>محاولات الاختبارات</translation>
    </message>
    <message>
        <source>quiz answers</source>
        <translation>إجابات الاختبارات</translation>
    </message>
    <message>
        <source>walkthrough ticks</source>
        <translation>الخطوات المؤشَّرة في الأدلة التفصيلية</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>training sessions</source>
        <translation>جلسات التدريب</translation>
    </message>
    <message>
        <source>session attendance</source>
        <translation>الحضور في الجلسات</translation>
    </message>
    <message>
        <source>practical checks</source>
        <translation>التقييمات العملية</translation>
    </message>
</context>
<context>
    <name>rollout</name>
    <message>
        <source>Locked</source>
        <translation>مقفلة</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>Ready to sign off</source>
        <translation>جاهزة للاعتماد</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>لا تنطبق</translation>
    </message>
    <message>
        <source>“{gate}” was signed off by {name} on {date}.</source>
        <translation>اعتمد ⁨{name}⁩ الخطوة «⁨{gate}⁩» بتاريخ ⁨{date}⁩.</translation>
    </message>
    <message>
        <source>“{gate}” was marked not applicable by {name} on {date}: {reason}</source>
        <translation>حدّد ⁨{name}⁩ الخطوة «⁨{gate}⁩» بأنها لا تنطبق بتاريخ ⁨{date}⁩: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>“{gate}” is not signed off yet.</source>
        <translation>لم تُعتمد الخطوة «⁨{gate}⁩» بعد.</translation>
    </message>
    <message>
        <source>Certified for “{track}”: {count} (need {need}).</source>
        <translation>الحاصلون على شهادة «⁨{track}⁩»: {count} (المطلوب: {need}).</translation>
    </message>
    <message>
        <source>{count} of {planned} planned {roles} certified (need {need}).</source>
        <translation>⁨{roles}⁩: حصل {count} من أصل {planned} مخطط لهم على الشهادة (المطلوب: {need}).</translation>
    </message>
    <message>
        <source>{count} of {planned} planned {roles} certified at {agency} (need {need}).</source>
        <translation>⁨{roles}⁩ في ⁨{agency}⁩: حصل {count} من أصل {planned} مخطط لهم على الشهادة (المطلوب: {need}).</translation>
    </message>
    <message>
        <source>{met} of {total} agencies with planned {roles} reach the share.</source>
        <translation>الوكالات التي لديها عدد مخطط من ⁨{roles}⁩ وتبلغ النسبة المطلوبة: {met} من {total}.</translation>
    </message>
    <message>
        <source>No planned number of {roles} is recorded, so the share cannot be checked yet.</source>
        <translation>لم يُسجَّل عدد مخطط لـ ⁨{roles}⁩، لذا لا يمكن التحقق من النسبة بعد.</translation>
    </message>
    <message>
        <source>No planned number of {roles} per agency is recorded, so the share cannot be checked yet.</source>
        <translation>لم يُسجَّل عدد مخطط لـ ⁨{roles}⁩ لكل وكالة، لذا لا يمكن التحقق من النسبة بعد.</translation>
    </message>
    <message>
        <source>No learner has the role “{role}” yet.</source>
        <translation>لا يوجد متدرب بدور «⁨{role}⁩» بعد.</translation>
    </message>
    <message>
        <source>Still without the certificate: {names}.</source>
        <translation>لم يحصلوا على الشهادة بعد: ⁨{names}⁩.</translation>
    </message>
    <message>
        <source>Completed by {names}; first on {date}.</source>
        <translation>أكمله ⁨{names}⁩؛ وأول إكمال بتاريخ ⁨{date}⁩.</translation>
    </message>
    <message>
        <source>Completed by {names}, who do not have the role “{role}”.</source>
        <translation>أكمله ⁨{names}⁩، لكنهم ليسوا بدور «⁨{role}⁩».</translation>
    </message>
    <message>
        <source>No one with the role “{role}” has completed “{activity}” yet.</source>
        <translation>لم يُكمل أحد بدور «⁨{role}⁩» النشاط «⁨{activity}⁩» بعد.</translation>
    </message>
    <message>
        <source>Ticked by {name} on {date}. Note: {note}</source>
        <translation>وضع ⁨{name}⁩ العلامة بتاريخ ⁨{date}⁩. ملاحظة: ⁨{note}⁩</translation>
    </message>
    <message>
        <source>Ticked on {date} but without a note: add where the proof is kept.</source>
        <translation>وُضعت العلامة بتاريخ ⁨{date}⁩ دون ملاحظة: أضف مكان حفظ الإثبات.</translation>
    </message>
    <message>
        <source>Not ticked yet: {text}</source>
        <translation>لم توضع العلامة بعد: ⁨{text}⁩</translation>
    </message>
    <message>
        <source>Not measured yet: enter {label} as a number of a total (at least {need} %).</source>
        <translation>لم يُقَس بعد: أدخل ⁨{label}⁩ كعدد من إجمالي ({need}٪ على الأقل).</translation>
    </message>
    <message>
        <source>{label}: {value} of {total}, at least {need} % ({share} %).</source>
        <translation>⁨{label}⁩: {value} من {total}، أي {need}٪ على الأقل ({share}٪).</translation>
    </message>
    <message>
        <source>{label}: {value} of {total} is {share} %, below the {need} % needed.</source>
        <translation>⁨{label}⁩: {value} من {total} تساوي {share}٪، وهي أقل من {need}٪ المطلوبة.</translation>
    </message>
    <message>
        <source>… and {count} more (see the list of people).</source>
        <translation>… و{count} آخرون (انظر قائمة الأشخاص).</translation>
    </message>
    <message>
        <source>Certified ({count})</source>
        <translation>الحاصلون على الشهادة ({count})</translation>
    </message>
    <message>
        <source>Certified at {agency} ({count})</source>
        <translation>الحاصلون على الشهادة في ⁨{agency}⁩ ({count})</translation>
    </message>
    <message>
        <source>{roles} without the certificate ({count})</source>
        <translation>⁨{roles}⁩ بدون الشهادة ({count})</translation>
    </message>
    <message>
        <source>{roles} at {agency} without the certificate ({count})</source>
        <translation>⁨{roles}⁩ في ⁨{agency}⁩ بدون الشهادة ({count})</translation>
    </message>
    <message>
        <source>Completed, with the role ({count})</source>
        <translation>أكملوه ولديهم الدور ({count})</translation>
    </message>
    <message>
        <source>Completed, without the role ({count})</source>
        <translation>أكملوه وليس لديهم الدور ({count})</translation>
    </message>
    <message>
        <source>With the role, not completed yet ({count})</source>
        <translation>لديهم الدور ولم يُكملوه بعد ({count})</translation>
    </message>
    <message>
        <source>Sign in as a learner first.</source>
        <translation>سجّل الدخول كمتدرب أولًا.</translation>
    </message>
    <message>
        <source>Your profile is archived.</source>
        <translation>ملفك الشخصي مؤرشف.</translation>
    </message>
    <message>
        <source>Only a learner with the coordinator role can do this.</source>
        <translation>لا يمكن القيام بهذا إلا لمتدرب بدور المنسق.</translation>
    </message>
    <message>
        <source>This step is already signed off.</source>
        <translation>هذه الخطوة معتمدة بالفعل.</translation>
    </message>
    <message>
        <source>This step is marked not applicable.</source>
        <translation>حُدّدت هذه الخطوة بأنها لا تنطبق.</translation>
    </message>
    <message>
        <source>Every rollout needs this step: it cannot be marked not applicable.</source>
        <translation>كل عملية نشر تحتاج إلى هذه الخطوة: لا يمكن تحديد أنها لا تنطبق.</translation>
    </message>
    <message>
        <source>The step before this one is not closed yet.</source>
        <translation>الخطوة السابقة لم تُغلق بعد.</translation>
    </message>
    <message>
        <source>Not every requirement is met yet: see the requirements marked ✗ above.</source>
        <translation>لم تُستوفَ جميع المتطلبات بعد: انظر المتطلبات المعلَّمة بـ ✗ أعلاه.</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>الشهادات</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Open activity</source>
        <translation>النشاط الحالي</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>المدرب</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد الإنجاز</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
</context>
</TS>
