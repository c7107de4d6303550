<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AdminInitialisePage</name>
    <message>
        <source>This folder holds no certificate authority. Initialise one here: it makes the root certificate, the consolidation key pair and an empty revocation list. Keep both passphrases apart and the folder backed up offline.</source>
        <translation>لا يحتوي هذا المجلد على جهة إصدار شهادات. أنشئ واحدة هنا: يُنشئ ذلك شهادة الجذر وزوج مفاتيح التوحيد وقائمة إبطال فارغة. احفظ عبارتي المرور منفصلتين واحتفظ بنسخة احتياطية من المجلد بعيدًا عن الشبكة.</translation>
    </message>
    <message>
        <source>Root certificate &amp;name:</source>
        <translation>ا&amp;سم شهادة الجذر:</translation>
    </message>
    <message>
        <source>e.g. CoMSEC IPMS Root 2026</source>
        <translation>مثلًا CoMSEC IPMS Root 2026</translation>
    </message>
    <message>
        <source>Root key pass&amp;phrase:</source>
        <translation>عبارة مرور مفتاح ال&amp;جذر:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;كرّرها:</translation>
    </message>
    <message>
        <source>Consolidation &amp;key passphrase:</source>
        <translation>عبارة مرور &amp;مفتاح التوحيد:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>ك&amp;رّرها:</translation>
    </message>
    <message>
        <source>&amp;Initialise the CA</source>
        <translation>إ&amp;نشاء جهة الإصدار</translation>
    </message>
</context>
<context>
    <name>AdministrationWindow</name>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>&amp;Choose CA folder…</source>
        <translation>ا&amp;ختيار مجلد جهة الإصدار…</translation>
    </message>
    <message>
        <source>CA &amp;folder:</source>
        <translation>&amp;مجلد جهة الإصدار:</translation>
    </message>
    <message>
        <source>Root key &amp;passphrase:</source>
        <translation>&amp;عبارة مرور مفتاح الجذر:</translation>
    </message>
    <message>
        <source>Ce&amp;rtificates</source>
        <translation>ال&amp;شهادات</translation>
    </message>
    <message>
        <source>&amp;Trust settings</source>
        <translation>إعدادات ال&amp;ثقة</translation>
    </message>
    <message>
        <source>&amp;Institutions</source>
        <translation>ال&amp;مؤسسات</translation>
    </message>
    <message>
        <source>Frame&amp;works</source>
        <translation>الأ&amp;طر</translation>
    </message>
    <message>
        <source>Certify a request</source>
        <translation>اعتماد طلب</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>اس&amp;تعراض…</translation>
    </message>
    <message>
        <source>Choose the role…</source>
        <translation>اختر الدور…</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>مقيِّم</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>قائد فريق</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>است&amp;عراض…</translation>
    </message>
    <message>
        <source>&amp;Sign certificate</source>
        <translation>&amp;توقيع الشهادة</translation>
    </message>
    <message>
        <source>Before signing, read the key fingerprint to the holder by telephone and check it matches the one their profile shows.</source>
        <translation>قبل التوقيع، اقرأ بصمة المفتاح على صاحبها بالهاتف وتحقّق من مطابقتها لما يعرضه ملفه الشخصي.</translation>
    </message>
    <message>
        <source>Request &amp;file:</source>
        <translation>&amp;ملف الطلب:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>صاحب الشهادة:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>الموضوع:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>بصمة المفتاح:</translation>
    </message>
    <message>
        <source>Receives bundles:</source>
        <translation>يستلم الحزم:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;مدة الصلاحية:</translation>
    </message>
    <message>
        <source>Save certificate &amp;as:</source>
        <translation>حفظ الشهادة &amp;باسم:</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>الشهادات الصادرة</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>صاحب الشهادة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>صالحة حتى</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Re&amp;voke selected…</source>
        <translation>إ&amp;بطال المحدد…</translation>
    </message>
    <message>
        <source>Trust settings carry the root certificate, the revocation list, the consolidation key and the approved framework versions to every profile. Publish new ones after revoking a certificate or approving a framework.</source>
        <translation>تحمل إعدادات الثقة شهادة الجذر وقائمة الإبطال ومفتاح التوحيد وإصدارات الأطر المعتمدة إلى كل ملف شخصي. انشر إعدادات جديدة بعد إبطال شهادة أو اعتماد إطار.</translation>
    </message>
    <message>
        <source>&amp;Publish trust settings</source>
        <translation>&amp;نشر إعدادات الثقة</translation>
    </message>
    <message>
        <source>Approved framework versions:</source>
        <translation>إصدارات الأطر المعتمدة:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>ال&amp;كتابة في:</translation>
    </message>
    <message>
        <source>name of a ministry or institution</source>
        <translation>اسم وزارة أو مؤسسة</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>إ&amp;زالة المحدد</translation>
    </message>
    <message>
        <source>The institutions CoMSEC assesses. Double-click a name to correct it.</source>
        <translation>المؤسسات التي تقيّمها الأمانة العامة لمجلس الوزراء. انقر نقرًا مزدوجًا على اسم لتصحيحه.</translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation>حفظ ال&amp;تفاصيل</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>ال&amp;قطاع:</translation>
    </message>
    <message>
        <source>&amp;Governorate:</source>
        <translation>ال&amp;محافظة:</translation>
    </message>
    <message>
        <source>Choose an institution in the list.</source>
        <translation>اختر مؤسسة من القائمة.</translation>
    </message>
    <message>
        <source>Sector and governorate of %1 saved.</source>
        <translation>حُفظ قطاع %1 ومحافظتها.</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>بصمة المحتوى</translation>
    </message>
    <message>
        <source>&amp;Import from Excel template…</source>
        <translation>&amp;استيراد من قالب Excel…</translation>
    </message>
    <message>
        <source>&amp;Export selected as template…</source>
        <translation>ت&amp;صدير المحدد قالبًا…</translation>
    </message>
    <message>
        <source>Type the root key passphrase first.</source>
        <translation>اكتب عبارة مرور مفتاح الجذر أولًا.</translation>
    </message>
    <message>
        <source>CA folder</source>
        <translation>مجلد جهة الإصدار</translation>
    </message>
    <message>
        <source>Certificate authority: %1</source>
        <translation>جهة إصدار الشهادات: %1</translation>
    </message>
    <message>
        <source>Choose the folder for the new CA first.</source>
        <translation>اختر مجلد جهة الإصدار الجديدة أولًا.</translation>
    </message>
    <message>
        <source>Give the root certificate a name.</source>
        <translation>أعطِ شهادة الجذر اسمًا.</translation>
    </message>
    <message>
        <source>The repeated passphrase differs; type it again.</source>
        <translation>عبارة المرور المكرّرة مختلفة؛ اكتبها من جديد.</translation>
    </message>
    <message>
        <source>The certificate authority %1 is ready.</source>
        <translation>جهة إصدار الشهادات %1 جاهزة.</translation>
    </message>
    <message>
        <source>Creating the root certificate and keys…</source>
        <translation>جارٍ إنشاء شهادة الجذر والمفاتيح…</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>طلب شهادة</translation>
    </message>
    <message>
        <source>Requests (*.pem *.csr);;All files (*)</source>
        <translation>الطلبات (*.pem *.csr);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Yes (can be a team lead)</source>
        <translation>نعم (يمكن أن يكون قائد فريق)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>This request has no key to receive bundles: it cannot be a team lead.</source>
        <translation>لا يحمل هذا الطلب مفتاحًا لاستلام الحزم، فلا يمكن أن يكون صاحبه قائد فريق.</translation>
    </message>
    <message>
        <source>Check the holder and the key fingerprint, choose the role, then sign.</source>
        <translation>تحقّق من صاحب الطلب ومن بصمة المفتاح، واختر الدور، ثم وقّع.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>جارٍ التحقق من عبارة المرور…</translation>
    </message>
    <message>
        <source>Choose why the certificate is revoked.</source>
        <translation>اختر سبب إبطال الشهادة.</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>لم يُبطَل شيء.</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>حفظ الشهادة</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>استبدال الملف؟</translation>
    </message>
    <message>
        <source>%1 already exists. It may be another person&apos;s certificate. Replace it with the certificate of %2?</source>
        <translation>الملف %1 موجود مسبقًا، وقد يكون شهادة شخص آخر. هل تستبدل به شهادة %2؟</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Keep it; choose another name</source>
        <translation>احتفظ به واختر اسمًا آخر</translation>
    </message>
    <message>
        <source>Nothing was signed. Choose another file name for the certificate.</source>
        <translation>لم يُوقَّع شيء. اختر اسم ملف آخر للشهادة.</translation>
    </message>
    <message>
        <source>Choose where to save the certificate.</source>
        <translation>اختر مكان حفظ الشهادة.</translation>
    </message>
    <message>
        <source>Choose the role this person will have, then sign.</source>
        <translation>اختر الدور الذي سيؤديه هذا الشخص، ثم وقّع.</translation>
    </message>
    <message>
        <source>Certificate for %1 saved to %2. Its fingerprint: %3</source>
        <translation>حُفظت شهادة %1 في %2. بصمتها: %3</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>جارٍ التوقيع…</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مُبطَلة</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>صالحة</translation>
    </message>
    <message>
        <source>Select the certificate to revoke.</source>
        <translation>حدّد الشهادة المراد إبطالها.</translation>
    </message>
    <message>
        <source>%1 is revoked (revocation list %2). Publish new trust settings now.</source>
        <translation>أُبطلت %1 (قائمة الإبطال %2). انشر إعدادات ثقة جديدة الآن.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>جارٍ الإبطال…</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>مرفق بالتطبيق</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>مستورد: %1</translation>
    </message>
    <message>
        <source>Trust settings file</source>
        <translation>ملف إعدادات الثقة</translation>
    </message>
    <message>
        <source>Choose where to write the trust settings.</source>
        <translation>اختر مكان كتابة إعدادات الثقة.</translation>
    </message>
    <message>
        <source>Approve at least one framework version.</source>
        <translation>اعتمد إصدارًا واحدًا على الأقل من الأطر.</translation>
    </message>
    <message>
        <source>Trust settings serial %1 written to %2. Send the file to every team.</source>
        <translation>كُتبت إعدادات الثقة ذات الرقم التسلسلي %1 في %2. أرسل الملف إلى كل الفرق.</translation>
    </message>
    <message>
        <source>Signing the trust settings…</source>
        <translation>جارٍ توقيع إعدادات الثقة…</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 موجودة في القائمة من قبل.</translation>
    </message>
    <message>
        <source>Institutions list saved (%1 names).</source>
        <translation>حُفظت قائمة المؤسسات (%1 اسمًا).</translation>
    </message>
    <message>
        <source>Framework workbook</source>
        <translation>مصنف الإطار</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>%1 problems: nothing was imported.</source>
        <translation>%1 من المشكلات: لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Framework imported to %1. Approve it in the trust settings to use it.</source>
        <translation>استُورد الإطار إلى %1. اعتمده في إعدادات الثقة لاستخدامه.</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>جارٍ فحص المصنف…</translation>
    </message>
    <message>
        <source>Select a framework version first.</source>
        <translation>حدّد إصدار إطار أولًا.</translation>
    </message>
    <message>
        <source>Excel template</source>
        <translation>قالب Excel</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>جارٍ كتابة القالب…</translation>
    </message>
    <message>
        <source>Template written.</source>
        <translation>كُتب القالب.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the profile</source>
        <translation>نسخ الملف الشخصي احتياطيًا</translation>
    </message>
    <message>
        <source>The backup is encrypted like the profile and opens only with your passphrase or recovery code. Keep it on a USB stick or another drive, away from this laptop. An existing backup is never replaced.</source>
        <translation>النسخة الاحتياطية مشفّرة مثل الملف الشخصي ولا تُفتح إلا بعبارة المرور أو برمز الاسترداد. احفظها على ذاكرة USB أو قرص آخر بعيدًا عن هذا الحاسوب. لا تحلّ نسخة احتياطية محلّ نسخة موجودة أبدًا.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>اس&amp;تعراض…</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;نسخ احتياطي</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>مجلد النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Choose a folder that exists, for example on a USB stick.</source>
        <translation>اختر مجلدًا موجودًا، على ذاكرة USB مثلًا.</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>جارٍ كتابة النسخة الاحتياطية المشفّرة…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Backup written: %1 (with its key-slot file %2).</source>
        <translation>كُتبت النسخة الاحتياطية: %1 (مع ملف مفاتيحها %2).</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>not scored yet</source>
        <translation>لم تُسجَّل له درجة بعد</translation>
    </message>
    <message>
        <source>%1 of %2 attributes are not scored</source>
        <translation>%1 من أصل %2 من الخصائص بلا درجة</translation>
    </message>
    <message>
        <source>the agreed overall %1 departs from the suggested %2 and needs a justification</source>
        <translation>الدرجة الإجمالية المتفق عليها %1 تبتعد عن الدرجة المقترحة %2 وتحتاج إلى مسوّغ</translation>
    </message>
    <message>
        <source>Scorebook: strengths written: %n; write %1 to %2.</source>
        <translation>منهج سجل التقييم: عدد نقاط القوة المكتوبة %n؛ اكتب من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Scorebook: areas for improvement written: %n; write %1 to %2.</source>
        <translation>منهج سجل التقييم: عدد مجالات التحسين المكتوبة %n؛ اكتب من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Scorebook: site-visit issues: %n; keep at most %2.</source>
        <translation>منهج سجل التقييم: عدد مسائل الزيارة الميدانية %n؛ اكتفِ بـ %2 على الأكثر.</translation>
    </message>
    <message>
        <source>Scorebook: an overall of %1 needs at least one strength.</source>
        <translation>منهج سجل التقييم: الدرجة الإجمالية %1 تحتاج إلى نقطة قوة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Scorebook: an overall of %1 needs at least one area for improvement.</source>
        <translation>منهج سجل التقييم: الدرجة الإجمالية %1 تحتاج إلى مجال تحسين واحد على الأقل.</translation>
    </message>
</context>
<context>
    <name>ConsensusWorkspace</name>
    <message>
        <source>&amp;Institution and cycle:</source>
        <translation>ال&amp;مؤسسة والدورة:</translation>
    </message>
    <message>
        <source>&amp;Anonymised (Assessor A, B, …)</source>
        <translation>&amp;إخفاء أسماء المقيِّمين</translation>
    </message>
    <message>
        <source>&amp;Export consensus bundle…</source>
        <translation>&amp;تصدير حزمة التوافق…</translation>
    </message>
    <message>
        <source>Exporting needs your profile with a team-lead certificate.</source>
        <translation>يتطلّب التصدير ملفك الشخصي مع شهادة قائد فريق.</translation>
    </message>
    <message>
        <source>why the team agrees on this score (required)</source>
        <translation>لماذا يتفق الفريق على هذه الدرجة (مطلوب)</translation>
    </message>
    <message>
        <source>&amp;Set consensus</source>
        <translation>&amp;اعتماد التوافق</translation>
    </message>
    <message>
        <source>Back to the &amp;mean</source>
        <translation>العودة إلى ال&amp;متوسط</translation>
    </message>
    <message>
        <source>Consensus &amp;value:</source>
        <translation>&amp;قيمة التوافق:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>ال&amp;مسوّغ:</translation>
    </message>
    <message>
        <source>Strengths gathered from all assessors, repeats removed. Edit the wording the team agrees on.</source>
        <translation>نقاط القوة المجمّعة من جميع المقيِّمين بعد حذف المكرر. عدّل الصياغة التي يتفق عليها الفريق.</translation>
    </message>
    <message>
        <source>Areas for improvement gathered from all assessors, repeats removed.</source>
        <translation>مجالات التحسين المجمّعة من جميع المقيِّمين بعد حذف المكرر.</translation>
    </message>
    <message>
        <source>Com&amp;bine with the next entry</source>
        <translation>&amp;دمج مع المدخل التالي</translation>
    </message>
    <message>
        <source>Two assessors said the same thing in different words: join them into one.</source>
        <translation>قال مقيِّمان الشيء نفسه بكلمات مختلفة: ادمجهما في مدخل واحد.</translation>
    </message>
    <message>
        <source>S&amp;trengths</source>
        <translation>نقاط ال&amp;قوة</translation>
    </message>
    <message>
        <source>Areas for im&amp;provement</source>
        <translation>مجالات الت&amp;حسين</translation>
    </message>
    <message>
        <source>No individual assessments are merged yet; merge the team&apos;s bundles on the Merge tab.</source>
        <translation>لم يُدمج أي تقييم فردي بعد؛ ادمج حزم الفريق من تبويب الدمج.</translation>
    </message>
    <message>
        <source>Assessor %1</source>
        <translation>المقيِّم %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>الخاصية</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>التباين</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>التوافق</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>المسوّغ</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>الإجمالية</translation>
    </message>
    <message>
        <source>Set by the team (* = departs from the start)</source>
        <translation>حدّدها الفريق (* = تختلف عن نقطة البداية)</translation>
    </message>
    <message>
        <source>Write why the team agrees on this score: a justification is required.</source>
        <translation>اكتب لماذا يتفق الفريق على هذه الدرجة: المسوّغ مطلوب.</translation>
    </message>
    <message>
        <source>Consensus saved.</source>
        <translation>حُفظ التوافق.</translation>
    </message>
    <message>
        <source>The consensus follows the mean again.</source>
        <translation>عاد التوافق يتبع المتوسط.</translation>
    </message>
    <message>
        <source>Choose an entry that has another one after it.</source>
        <translation>اختر مدخلًا يليه مدخل آخر.</translation>
    </message>
    <message>
        <source>Export consensus bundle</source>
        <translation>تصدير حزمة التوافق</translation>
    </message>
    <message>
        <source>IPMS bundles (*.ipmsb)</source>
        <translation>حزم IPMS ‏(*.ipmsb)</translation>
    </message>
    <message>
        <source>Signing and writing the consensus bundle…</source>
        <translation>جارٍ توقيع حزمة التوافق وكتابتها…</translation>
    </message>
    <message>
        <source>Consensus bundle written to %1 (bundle id %2). Send it to CoMSEC.</source>
        <translation>كُتبت حزمة التوافق في %1 (معرّف الحزمة %2). أرسلها إلى الأمانة العامة لمجلس الوزراء.</translation>
    </message>
    <message>
        <source>none (provisional total)</source>
        <translation>لا يوجد (مجموع مؤقت)</translation>
    </message>
    <message>
        <source>%1 assessors · consensus total %2 of %3 · level: %4 · %5 items to discuss first (overall scores spread by %6 points or more)</source>
        <translation>%1 مقيِّمين · مجموع التوافق %2 من %3 · المستوى: %4 · %5 بنود تُناقش أولًا (تتباين الدرجات الإجمالية %6 نقاط أو أكثر)</translation>
    </message>
</context>
<context>
    <name>ConsolidationWindow</name>
    <message>
        <source>Consolidation</source>
        <translation>التوحيد</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>ال&amp;دمج</translation>
    </message>
    <message>
        <source>&amp;Quarantine</source>
        <translation>ال&amp;حجر</translation>
    </message>
    <message>
        <source>&amp;Consensus</source>
        <translation>الت&amp;وافق</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>الت&amp;قارير</translation>
    </message>
    <message>
        <source>Open a consolidation database on the Merge tab first.</source>
        <translation>افتح قاعدة بيانات التوحيد من تبويب الدمج أولًا.</translation>
    </message>
    <message>
        <source>a file such as team.ipmsdb, or postgresql+psycopg://user@server/ipms</source>
        <translation>ملف مثل team.ipmsdb، أو postgresql+psycopg://user@server/ipms</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>اس&amp;تعراض…</translation>
    </message>
    <message>
        <source>Repeat passphrase (new file):</source>
        <translation>كرّر عبارة المرور (ملف جديد):</translation>
    </message>
    <message>
        <source>empty: the trust settings installed in this profile</source>
        <translation>فارغ: إعدادات الثقة المثبّتة في هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>ا&amp;ستعراض…</translation>
    </message>
    <message>
        <source>Trust settings</source>
        <translation>إعدادات الثقة</translation>
    </message>
    <message>
        <source>empty: this profile&apos;s team-lead key</source>
        <translation>فارغ: مفتاح قائد الفريق في هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>است&amp;عراض…</translation>
    </message>
    <message>
        <source>Consolidation key</source>
        <translation>مفتاح التوحيد</translation>
    </message>
    <message>
        <source>empty: a folder named quarantine beside the database</source>
        <translation>فارغ: مجلد باسم quarantine بجوار قاعدة البيانات</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>استعرا&amp;ض…</translation>
    </message>
    <message>
        <source>&amp;Open database</source>
        <translation>&amp;فتح قاعدة البيانات</translation>
    </message>
    <message>
        <source>C&amp;lose database</source>
        <translation>إ&amp;غلاق قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Trust settings:</source>
        <translation>إعدادات ال&amp;ثقة:</translation>
    </message>
    <message>
        <source>Consolidation &amp;key:</source>
        <translation>&amp;مفتاح التوحيد:</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>عبارة مرور ال&amp;مفتاح:</translation>
    </message>
    <message>
        <source>&amp;Quarantine folder:</source>
        <translation>مجلد ال&amp;حجر:</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>إضافة &amp;ملفات…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>إضافة م&amp;جلد…</translation>
    </message>
    <message>
        <source>Consolidation database</source>
        <translation>قاعدة بيانات التوحيد</translation>
    </message>
    <message>
        <source>Consolidation files (*.ipmsdb);;All files (*)</source>
        <translation>ملفات التوحيد (*.ipmsdb);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Quarantine folder</source>
        <translation>مجلد الحجر</translation>
    </message>
    <message>
        <source>Add bundles</source>
        <translation>إضافة حزم</translation>
    </message>
    <message>
        <source>IPMS bundles (*%1);;All files (*)</source>
        <translation>حزم IPMS ‏(*%1);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Add every bundle in a folder</source>
        <translation>إضافة كل الحزم في مجلد</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>عبارتا المرور مختلفتان؛ اكتبهما من جديد.</translation>
    </message>
    <message>
        <source>Opening the database and checking the keys…</source>
        <translation>جارٍ فتح قاعدة البيانات والتحقق من المفاتيح…</translation>
    </message>
    <message>
        <source>Open: %1. Trust settings serial %2.</source>
        <translation>مفتوحة: %1. الرقم التسلسلي لإعدادات الثقة %2.</translation>
    </message>
    <message>
        <source>New consolidation file</source>
        <translation>ملف توحيد جديد</translation>
    </message>
    <message>
        <source>A new consolidation file was created at %1. Its recovery code is shown only now; write it down and keep it offline:

%2</source>
        <translation>أُنشئ ملف توحيد جديد في %1. لا يُعرض رمز استرداده إلا الآن؛ اكتبه واحفظه بعيدًا عن أي حاسوب:

%2</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>كتبته</translation>
    </message>
    <message>
        <source>Wait until the current work finishes, then close.</source>
        <translation>انتظر حتى ينتهي العمل الجاري ثم أغلق.</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>أُغلقت قاعدة البيانات.</translation>
    </message>
    <message>
        <source>No .ipmsb files were found there.</source>
        <translation>لم يُعثر هناك على ملفات ‎.ipmsb.</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n files…</source>
        <translation>
            <numerusform>لا ملفات للدمج…</numerusform>
            <numerusform>جارٍ دمج ملف واحد…</numerusform>
            <numerusform>جارٍ دمج ملفين…</numerusform>
            <numerusform>جارٍ دمج %n ملفات…</numerusform>
            <numerusform>جارٍ دمج %n ملفًا…</numerusform>
            <numerusform>جارٍ دمج %n ملف…</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge finished. %1</source>
        <translation>انتهى الدمج. %1</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Credentials</source>
        <translation>بيانات الاعتماد</translation>
    </message>
    <message>
        <source>Trust settings:</source>
        <translation>إعدادات الثقة:</translation>
    </message>
    <message>
        <source>Your certificate:</source>
        <translation>شهادتك:</translation>
    </message>
    <message>
        <source>To enrol: write a certificate request, give the file to CoMSEC&apos;s administrator, then install the certificate you receive.</source>
        <translation>للتسجيل: اكتب طلب شهادة، وسلّم الملف إلى مسؤول الأمانة العامة لمجلس الوزراء، ثم ثبّت الشهادة التي تتسلّمها.</translation>
    </message>
    <message>
        <source>Write certificate &amp;request…</source>
        <translation>كتابة &amp;طلب شهادة…</translation>
    </message>
    <message>
        <source>Install &amp;certificate…</source>
        <translation>تثبيت ال&amp;شهادة…</translation>
    </message>
    <message>
        <source>Install &amp;trust settings…</source>
        <translation>تثبيت إعدادات ال&amp;ثقة…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>%1, serial %2</source>
        <translation>%1، الرقم التسلسلي %2</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>لا شيء مثبّت</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1، صالحة حتى %2</translation>
    </message>
    <message>
        <source>Save the certificate request as</source>
        <translation>حفظ طلب الشهادة باسم</translation>
    </message>
    <message>
        <source>Certificate requests (*.pem)</source>
        <translation>طلبات الشهادات (*.pem)</translation>
    </message>
    <message>
        <source>Request written to %1. Give it to CoMSEC&apos;s administrator.</source>
        <translation>كُتب الطلب في %1. سلّمه إلى مسؤول الأمانة العامة لمجلس الوزراء.</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation>شهادتك</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>الشهادات (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Certificate installed.</source>
        <translation>ثُبّتت الشهادة.</translation>
    </message>
    <message>
        <source>Trust settings file</source>
        <translation>ملف إعدادات الثقة</translation>
    </message>
    <message>
        <source>Trust settings (*.ipmst)</source>
        <translation>إعدادات الثقة (*.ipmst)</translation>
    </message>
    <message>
        <source>These trust settings are already installed.</source>
        <translation>إعدادات الثقة هذه مثبّتة من قبل.</translation>
    </message>
    <message>
        <source>Trust settings installed.</source>
        <translation>ثُبّتت إعدادات الثقة.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop bundle files (.ipmsb) or a folder of them here</source>
        <translation>أفلت ملفات الحزم (‎.ipmsb) أو مجلدًا يضمّها هنا</translation>
    </message>
</context>
<context>
    <name>EditorScreen</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Guidance for this attribute</source>
        <translation>&amp;إرشادات هذه الخاصية</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>البند ال&amp;تالي</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>البند ال&amp;سابق</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>ال&amp;تقييمات</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>المعايير</translation>
    </message>
    <message>
        <source>Score profile</source>
        <translation>ملف الدرجات</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>النقاط لكل معيار</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>%1: %2 score</source>
        <translation>%1: درجة %2</translation>
    </message>
    <message>
        <source>%1: agreed overall</source>
        <translation>%1: الدرجة الإجمالية المتفق عليها</translation>
    </message>
    <message>
        <source>%1: not assessed</source>
        <translation>%1: لم يُقيَّم</translation>
    </message>
    <message>
        <source>%1: texts</source>
        <translation>%1: النصوص</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>إضافة ملفات أدلة</translation>
    </message>
    <message>
        <source>Storing files…</source>
        <translation>جارٍ حفظ الملفات…</translation>
    </message>
    <message>
        <source>%1 file(s) stored.</source>
        <translation>حُفظ %1 من الملفات.</translation>
    </message>
    <message>
        <source>The file was not stored</source>
        <translation>لم يُحفظ الملف</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>فتح نسخة</translation>
    </message>
    <message>
        <source>To open %1, a plain copy is written outside the encrypted profile, where anyone using this laptop can read it. Delete the copy when you are done.</source>
        <translation>لفتح %1 تُكتب نسخة غير مشفّرة خارج الملف الشخصي المشفّر، ويستطيع قراءتها كل من يستخدم هذا الحاسوب. احذف النسخة عند الانتهاء.</translation>
    </message>
    <message>
        <source>Write the copy and open it</source>
        <translation>اكتب النسخة وافتحها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save the copy as</source>
        <translation>حفظ النسخة باسم</translation>
    </message>
    <message>
        <source>The copy was not written</source>
        <translation>لم تُكتب النسخة</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>كُتبت النسخة في %1</translation>
    </message>
    <message>
        <source>Remove %1 from this item? This cannot be undone.</source>
        <translation>هل تريد إزالة %1 من هذا البند؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>إزالة دليل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>The file was not removed</source>
        <translation>لم يُزَل الملف</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>لم يُقيَّم</translation>
    </message>
    <message>
        <source>partly scored</source>
        <translation>مُقيَّم جزئيًا</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>justification missing</source>
        <translation>المسوّغ غير موجود</translation>
    </message>
    <message>
        <source>draft overall not saved yet</source>
        <translation>مسودة درجة إجمالية لم تُحفظ بعد</translation>
    </message>
    <message>
        <source>– of %1</source>
        <translation>– من %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>The total appears when every criterion has a score.</source>
        <translation>يظهر المجموع عندما تكون لكل معيار درجة.</translation>
    </message>
    <message>
        <source>%1 of %2 items finished</source>
        <translation>أُنجز %1 من %2 بندًا</translation>
    </message>
    <message>
        <source>Move to an attribute score, then press F1 for its guidance.</source>
        <translation>انتقل إلى درجة إحدى الخصائص ثم اضغط F1 لعرض إرشاداتها.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>الإرشادات</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Provisional: not every item is assessed, so no level is given.</source>
        <translation>مؤقت: لم تُقيَّم جميع البنود، لذلك لا يُعطى مستوى.</translation>
    </message>
    <message>
        <source>This framework defines no levels.</source>
        <translation>لا يحدّد هذا الإطار مستويات.</translation>
    </message>
    <message>
        <source>No level reached</source>
        <translation>لم يُبلغ أي مستوى</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Files are stored encrypted inside the profile and travel with the export. Opening one writes a plain copy outside the encrypted store.</source>
        <translation>تُحفظ الملفات مشفّرة داخل الملف الشخصي وتُرسل مع التصدير. فتح أحدها يكتب نسخة غير مشفّرة خارج المخزن المشفّر.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>إضافة &amp;ملفات…</translation>
    </message>
    <message>
        <source>Open a &amp;copy…</source>
        <translation>فتح &amp;نسخة…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>إ&amp;زالة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export assessment</source>
        <translation>تصدير التقييم</translation>
    </message>
    <message>
        <source>%1, cycle %2: this export will be revision %3.</source>
        <translation>%1، الدورة %2: سيكون هذا التصدير النسخة %3.</translation>
    </message>
    <message>
        <source>This profile has no trust settings yet, so there is no one to export to. Install CoMSEC&apos;s trust settings under Profile, Credentials.</source>
        <translation>لا توجد في هذا الملف الشخصي إعدادات ثقة بعد، فلا توجد جهة يُصدَّر إليها. ثبّت إعدادات الثقة الصادرة عن الأمانة العامة لمجلس الوزراء من قائمة الملف الشخصي، بيانات الاعتماد.</translation>
    </message>
    <message>
        <source>This profile has no certificate yet, so it cannot sign an export. Write a certificate request under Profile, Credentials, and install the certificate CoMSEC issues.</source>
        <translation>لا توجد في هذا الملف الشخصي شهادة بعد، فلا يمكنه توقيع التصدير. اكتب طلب شهادة من قائمة الملف الشخصي، بيانات الاعتماد، ثم ثبّت الشهادة التي تصدرها الأمانة العامة لمجلس الوزراء.</translation>
    </message>
    <message>
        <source>CoMSEC consolidation (key %1)</source>
        <translation>التوحيد في الأمانة العامة لمجلس الوزراء (المفتاح %1)</translation>
    </message>
    <message>
        <source>Team lead&apos;s certificate</source>
        <translation>شهادة قائد الفريق</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>الشهادات (*.pem *.crt);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>Team lead: %1</source>
        <translation>قائد الفريق: %1</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>حفظ الحزمة باسم</translation>
    </message>
    <message>
        <source>IPMS bundles (*.ipmsb)</source>
        <translation>حزم IPMS ‏(*.ipmsb)</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>اختر مكان حفظ الحزمة.</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>استبدال الملف</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 موجود من قبل. هل تريد استبداله؟</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>استبدال</translation>
    </message>
    <message>
        <source>Bundle written: %1</source>
        <translation>كُتبت الحزمة: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>The bundle was not written (no partial file is left): %1</source>
        <translation>لم تُكتب الحزمة (ولم يبقَ أي ملف ناقص): %1</translation>
    </message>
    <message>
        <source>&amp;Recipients (only they can open the bundle)</source>
        <translation>ال&amp;مستلمون (هم وحدهم يستطيعون فتح الحزمة)</translation>
    </message>
    <message>
        <source>Add a team lead&apos;s &amp;certificate…</source>
        <translation>إضافة &amp;شهادة قائد فريق…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Save the bundle as</source>
        <translation>&amp;حفظ الحزمة باسم</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>اس&amp;تعراض…</translation>
    </message>
    <message>
        <source>Bundle fingerprint: read it to the recipient by phone; they compare it with the file they received.</source>
        <translation>بصمة الحزمة: اقرأها على المستلم بالهاتف ليقارنها بالملف الذي وصله.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Enter your name as it should appear on your assessments.</source>
        <translation>أدخل اسمك كما يجب أن يظهر على تقييماتك.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>عبارتا المرور مختلفتان: اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <source>Installing the trust settings this installation was provisioned with…</source>
        <translation>جارٍ تثبيت إعدادات الثقة التي زُوِّد بها هذا التثبيت…</translation>
    </message>
    <message>
        <source>Trust settings file</source>
        <translation>ملف إعدادات الثقة</translation>
    </message>
    <message>
        <source>Trust settings (*.ipmst);;All files (*)</source>
        <translation>إعدادات الثقة (*.ipmst);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Create your profile</source>
        <translation>أنشئ ملفك الشخصي</translation>
    </message>
    <message>
        <source>Everything you enter is kept encrypted on this laptop. Choose a long passphrase that only you know: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>كل ما تُدخله يُحفظ مشفّرًا على هذا الحاسوب. اختر عبارة مرور طويلة لا يعرفها غيرك: بضع كلمات لا رابط بينها سهلة التذكّر وصعبة التخمين.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>ا&amp;سمك</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;كرّر عبارة المرور</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>القوة</translation>
    </message>
    <message>
        <source>Restore a profile from a &amp;backup…</source>
        <translation>استعادة ملف شخصي من &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Your profile is created when you choose one of these. Trust settings name CoMSEC&apos;s certificate authority and the consolidation keys your exports are encrypted to. Install the file you received with this laptop, or start a training profile to practise on your own.</source>
        <translation>يُنشأ ملفك الشخصي عندما تختار أحد هذين الخيارين. تحدّد إعدادات الثقة جهة إصدار الشهادات في الأمانة العامة لمجلس الوزراء ومفاتيح التوحيد التي تُشفَّر صادراتك إليها. ثبّت الملف الذي تسلّمته مع هذا الحاسوب، أو ابدأ ملفًا تدريبيًا لتتمرّن بمفردك.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>رمز الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way to open your profile. Write it on paper now and keep the paper away from this laptop. It is shown only once.</source>
        <translation>إذا نسيت عبارة المرور فهذا الرمز هو الوسيلة الوحيدة لفتح ملفك الشخصي. اكتبه الآن على ورقة واحفظ الورقة بعيدًا عن هذا الحاسوب. لن يُعرض إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery code down</source>
        <translation>&amp;كتبت رمز الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <source>Trust settings</source>
        <translation>إعدادات الثقة</translation>
    </message>
    <message>
        <source>&amp;Install trust settings from a file…</source>
        <translation>&amp;تثبيت إعدادات الثقة من ملف…</translation>
    </message>
    <message>
        <source>Start a &amp;training profile</source>
        <translation>بدء ملف &amp;تدريبي</translation>
    </message>
    <message>
        <source>Training creates a practice certificate authority and consolidation key on this laptop and a sample case, so that you can score, export, merge and report alone. Training exports are not accepted by CoMSEC.</source>
        <translation>يُنشئ التدريب على هذا الحاسوب جهة تدريبية لإصدار الشهادات ومفتاح توحيد وحالة نموذجية، لتتمكن من التقييم والتصدير والدمج وإعداد التقارير بمفردك. لا تقبل الأمانة العامة لمجلس الوزراء صادرات التدريب.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Assessor&apos;s guide</source>
        <translation>دليل المقيِّم</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>التباين</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>التوافق</translation>
    </message>
    <message>
        <source>Discuss first: the scores spread by %1 points or more.</source>
        <translation>يُناقش أولًا: تتباين الدرجات بمقدار %1 نقاط أو أكثر.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Assessor: %1</source>
        <translation>المقيِّم: %1</translation>
    </message>
    <message>
        <source>Exported, revision %1</source>
        <translation>مُصدَّر، النسخة %1</translation>
    </message>
    <message>
        <source>Changed since revision %1 was exported; export again</source>
        <translation>تغيّر بعد تصدير النسخة %1؛ صدّره من جديد</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 من %2 بندًا</translation>
    </message>
    <message>
        <source>The assessment was not created</source>
        <translation>لم يُنشأ التقييم</translation>
    </message>
    <message>
        <source>Delete the assessment of %1 with all its scores, texts and evidence? This cannot be undone. Exported bundles are not affected.</source>
        <translation>هل تريد حذف تقييم %1 بكل درجاته ونصوصه وأدلته؟ لا يمكن التراجع عن ذلك. لا تتأثر الحزم المُصدَّرة.</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>حذف التقييم</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>The assessment was not deleted</source>
        <translation>لم يُحذف التقييم</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Open an assessment with Enter or a double click. Every change is saved as you make it.</source>
        <translation>افتح تقييمًا بمفتاح الإدخال أو بنقرة مزدوجة. يُحفظ كل تغيير فور إجرائه.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>الإطار</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No assessments yet. Create one with New assessment (Ctrl+N).</source>
        <translation>لا توجد تقييمات بعد. أنشئ تقييمًا بأمر تقييم جديد (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>تقييم &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>&amp;Not assessed</source>
        <translation>&amp;لم يُقيَّم</translation>
    </message>
    <message>
        <source>Reason this item cannot be assessed</source>
        <translation>سبب تعذّر تقييم هذا البند</translation>
    </message>
    <message>
        <source>Reason not assessed</source>
        <translation>سبب عدم التقييم</translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation>ال&amp;درجات</translation>
    </message>
    <message>
        <source>Write 3 to 5 strengths as full sentences, before scoring.</source>
        <translation>اكتب من 3 إلى 5 نقاط قوة بجمل كاملة قبل وضع الدرجات.</translation>
    </message>
    <message>
        <source>Write 3 to 5 areas for improvement as full sentences.</source>
        <translation>اكتب من 3 إلى 5 مجالات للتحسين بجمل كاملة.</translation>
    </message>
    <message>
        <source>At most 3 issues to check during the site visit.</source>
        <translation>3 مسائل على الأكثر يُتحقَّق منها أثناء الزيارة الميدانية.</translation>
    </message>
    <message>
        <source>A&amp;greed overall</source>
        <translation>الدرجة الإجمالية ال&amp;متفق عليها</translation>
    </message>
    <message>
        <source>Leave empty to use the suggested overall. Enter a value to record your judgement.</source>
        <translation>اتركها فارغة لاعتماد الدرجة الإجمالية المقترحة، أو أدخل قيمة لتسجيل تقديرك.</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>ال&amp;مسوّغ</translation>
    </message>
    <message>
        <source>Element: %1</source>
        <translation>العنصر: %1</translation>
    </message>
    <message>
        <source>Suggested overall: %1</source>
        <translation>الدرجة الإجمالية المقترحة: %1</translation>
    </message>
    <message>
        <source>Clear this item&apos;s scores first to mark it not assessed.</source>
        <translation>امسح درجات هذا البند أولًا لتعلّمه بأنه لم يُقيَّم.</translation>
    </message>
    <message>
        <source>S&amp;trengths (%1)</source>
        <translation>نقاط ال&amp;قوة (%1)</translation>
    </message>
    <message>
        <source>&amp;Improvements (%1)</source>
        <translation>مجالات الت&amp;حسين (%1)</translation>
    </message>
    <message>
        <source>Site &amp;visit (%1)</source>
        <translation>الزيارة ال&amp;ميدانية (%1)</translation>
    </message>
    <message>
        <source>&amp;Evidence (%1)</source>
        <translation>الأ&amp;دلة (%1)</translation>
    </message>
    <message>
        <source>A justification is required: not every attribute is scored, so there is no suggested overall to agree with. It is saved once you write one.</source>
        <translation>المسوّغ مطلوب: لم تُسجَّل درجات كل الخصائص، فلا توجد درجة إجمالية مقترحة يُتفق معها. تُحفظ بمجرد أن تكتب المسوّغ.</translation>
    </message>
    <message>
        <source>A justification is required: the agreed overall departs %1 points or more from the suggested overall. It is saved once you write one.</source>
        <translation>المسوّغ مطلوب: تبتعد الدرجة الإجمالية المتفق عليها %1 نقاط أو أكثر عن الدرجة المقترحة. تُحفظ بمجرد أن تكتب المسوّغ.</translation>
    </message>
    <message>
        <source>Justification given for departing from the suggested overall.</source>
        <translation>قُدّم مسوّغ للابتعاد عن الدرجة الإجمالية المقترحة.</translation>
    </message>
    <message>
        <source>A justification is needed when the agreed overall departs %1 points or more.</source>
        <translation>يلزم مسوّغ عندما تبتعد الدرجة الإجمالية المتفق عليها %1 نقاط أو أكثر.</translation>
    </message>
    <message>
        <source>Draft, not saved: write the justification to save this overall.</source>
        <translation>مسودة غير محفوظة: اكتب المسوّغ لحفظ هذه الدرجة الإجمالية.</translation>
    </message>
    <message>
        <source>%1 is not a legal score: use %2 to %3 in steps of %4.</source>
        <translation>%1 ليست درجة مسموحة: استخدم القيم من %2 إلى %3 بخطوات مقدارها %4.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Welcome to IPMS Desktop</source>
        <translation>مرحبًا بك في IPMS Desktop</translation>
    </message>
    <message>
        <source>Choose the language you will work in. You can change it later on the unlock screen.</source>
        <translation>اختر اللغة التي ستعمل بها. يمكنك تغييرها لاحقًا من شاشة فتح القفل.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;متابعة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your training profile is ready, with a sample case whose status document summary is attached to the first item as evidence. The practice certificate authority and consolidation key are in %1, protected by your passphrase; use them with the ipms command line to verify, merge and report your exports.</source>
        <translation>ملفك التدريبي جاهز، ومعه حالة نموذجية أُرفق ملخص وثيقة وضعها بالبند الأول دليلًا. جهة إصدار الشهادات التدريبية ومفتاح التوحيد موجودان في %1 ومحميّان بعبارة المرور الخاصة بك؛ استخدمهما مع سطر أوامر ipms للتحقق من صادراتك ودمجها وإعداد تقاريرها.</translation>
    </message>
    <message>
        <source>Training profile</source>
        <translation>الملف التدريبي</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>ال&amp;ملف الشخصي</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>تقييم &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>ال&amp;تقييمات</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;بيانات الاعتماد…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Assessor&apos;s &amp;guide</source>
        <translation>&amp;دليل المقيِّم</translation>
    </message>
    <message>
        <source>&amp;About IPMS Desktop</source>
        <translation>&amp;حول IPMS Desktop</translation>
    </message>
    <message>
        <source>IPMS Desktop: the offline assessment client of the Government-Wide Institutional Performance Management System.</source>
        <translation>IPMS Desktop: تطبيق التقييم دون اتصال لنظام إدارة الأداء المؤسسي على مستوى الحكومة.</translation>
    </message>
    <message>
        <source>Unsaved agreed overalls</source>
        <translation>درجات إجمالية متفق عليها غير محفوظة</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have an agreed overall that is not saved until its justification is written: %1. Go back and write the justification, or close and drop them.</source>
        <translation>
            <numerusform>لا بنود فيها درجة إجمالية متفق عليها غير محفوظة: %1.</numerusform>
            <numerusform>في بند واحد درجة إجمالية متفق عليها لن تُحفظ حتى يُكتب مسوّغها: %1. عُد واكتب المسوّغ، أو أغلق وتخلَّ عنها.</numerusform>
            <numerusform>في بندين درجة إجمالية متفق عليها لن تُحفظ حتى يُكتب مسوّغها: %1. عُد واكتب المسوّغ، أو أغلق وتخلَّ عنها.</numerusform>
            <numerusform>في %n بنود درجة إجمالية متفق عليها لن تُحفظ حتى يُكتب مسوّغها: %1. عُد واكتب المسوّغ، أو أغلق وتخلَّ عنها.</numerusform>
            <numerusform>في %n بندًا درجة إجمالية متفق عليها لن تُحفظ حتى يُكتب مسوّغها: %1. عُد واكتب المسوّغ، أو أغلق وتخلَّ عنها.</numerusform>
            <numerusform>في %n بند درجة إجمالية متفق عليها لن تُحفظ حتى يُكتب مسوّغها: %1. عُد واكتب المسوّغ، أو أغلق وتخلَّ عنها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to the item</source>
        <translation>عُد إلى البند</translation>
    </message>
    <message>
        <source>Close and drop them</source>
        <translation>أغلق وتخلَّ عنها</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Not enough disk space to write %1. Free some space or choose another drive, then try again. Nothing was changed.</source>
        <translation>لا توجد مساحة كافية على القرص لكتابة %1. حرّر بعض المساحة أو اختر محرّكًا آخر، ثم حاول مرة أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Create it or choose another. Nothing was changed.</source>
        <translation>تعذّرت كتابة %1: المجلد %2 غير موجود. أنشئه أو اختر مجلدًا آخر. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Check the drive (reinsert a removable one) and its permissions, then try again. Nothing was changed.</source>
        <translation>تعذّرت كتابة %1 (%2). افحص المحرّك (أعد إدخال المحرّك القابل للإزالة) وصلاحياته، ثم حاول مرة أخرى. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB, over the limit of %3 MB a file. Attach a smaller file, for example a compressed PDF or an excerpt.</source>
        <translation>حجم الملف %1 هو %2 ميغابايت، وهو يتجاوز الحد البالغ %3 ميغابايت للملف الواحد. أرفق ملفًا أصغر، مثل ملف PDF مضغوط أو مقتطف.</translation>
    </message>
    <message>
        <source>This profile is open in another IPMS window (%1). Close that window first.</source>
        <translation>هذا الملف الشخصي مفتوح في نافذة IPMS أخرى (%1). أغلق تلك النافذة أولًا.</translation>
    </message>
    <message>
        <source>Items not finished: %1, the first is %2. Score each one or mark it not assessed with a reason, then export again. Nothing was exported.</source>
        <translation>بنود لم تُنجز: %1، أولها %2. ضع درجة لكل منها أو علّمه بأنه لم يُقيَّم مع ذكر السبب، ثم صدِّر من جديد. لم يُصدَّر شيء.</translation>
    </message>
    <message>
        <source>This assessment was exported meanwhile. Start the export again; nothing was written.</source>
        <translation>صُدِّر هذا التقييم في الأثناء. ابدأ التصدير من جديد؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The passphrase was changed, but the training CA&apos;s key file %1 still opens only with the passphrase it was made with.</source>
        <translation>تغيّرت عبارة المرور، لكن ملف مفتاح جهة إصدار الشهادات التدريبية %1 لا يزال يُفتح بعبارة المرور التي أُنشئ بها فقط.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name or folder: a backup never replaces another.</source>
        <translation>%1 موجود من قبل. اختر اسمًا أو مجلدًا آخر: لا تحلّ نسخة احتياطية محلّ أخرى أبدًا.</translation>
    </message>
    <message>
        <source>The backup&apos;s key-slot file %1 is missing. Copy it beside the backup, as the backup wrote it, and try again. Nothing was restored.</source>
        <translation>ملف مفاتيح النسخة الاحتياطية %1 غير موجود. انسخه بجانب النسخة الاحتياطية كما كتبتهما عملية النسخ، ثم حاول مجددًا. لم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist. Choose the backup file again.</source>
        <translation>النسخة الاحتياطية %1 غير موجودة. اختر ملف النسخة الاحتياطية من جديد.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: it is damaged or belongs to another profile (%2). Choose another backup. Nothing was restored.</source>
        <translation>لا يمكن استعادة النسخة الاحتياطية %1: فهي تالفة أو تعود إلى ملف شخصي آخر (%2). اختر نسخة احتياطية أخرى. لم يُستعَد شيء.</translation>
    </message>
    <message>
        <source>An institution&apos;s name can have at most %1 characters; shorten it.</source>
        <translation>لا يتجاوز اسم المؤسسة %1 حرفًا؛ اختصره.</translation>
    </message>
    <message>
        <source>%1 is a folder or not a file name. Name the consolidation file inside it, for example team.ipmsdb.</source>
        <translation>%1 مجلد أو ليس اسم ملف. سمِّ ملف التوحيد داخله، مثلًا team.ipmsdb.</translation>
    </message>
    <message>
        <source>These trust settings cannot be used (%1). Ask CoMSEC for a current trust settings file.</source>
        <translation>لا يمكن استخدام إعدادات الثقة هذه (%1). اطلب من الأمانة العامة لمجلس الوزراء ملف إعدادات ثقة حديثًا.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>عبارة المرور غير صحيحة. لم يتغيّر شيء؛ حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This recovery code does not open the profile. Nothing was changed; check the code you wrote down.</source>
        <translation>رمز الاسترداد هذا لا يفتح الملف الشخصي. لم يتغيّر شيء؛ تحقّق من الرمز الذي دوّنته.</translation>
    </message>
    <message>
        <source>Unexpected error (%1): %2</source>
        <translation>خطأ غير متوقَّع (%1): %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>These trust settings (serial %1) carry an older list of withdrawn certificates than the one already in use; installing them would make withdrawn certificates valid again. Ask CoMSEC for the newest trust settings.</source>
        <translation>تحمل إعدادات الثقة هذه (الرقم التسلسلي %1) قائمة إبطال أقدم من القائمة المستخدمة حالياً؛ وتثبيتها سيعيد الصلاحية إلى شهادات مسحوبة. اطلب أحدث إعدادات الثقة من الأمانة العامة لمجلس الوزراء.</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>تقييم جديد</translation>
    </message>
    <message>
        <source>Choose the institution</source>
        <translation>اختر المؤسسة</translation>
    </message>
    <message>
        <source>Choose the institution being assessed.</source>
        <translation>اختر المؤسسة الخاضعة للتقييم.</translation>
    </message>
    <message>
        <source>Enter the institution being assessed.</source>
        <translation>أدخل المؤسسة الخاضعة للتقييم.</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>ال&amp;مؤسسة</translation>
    </message>
    <message>
        <source>&amp;Cycle (year)</source>
        <translation>ال&amp;دورة (السنة)</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>الإ&amp;طار</translation>
    </message>
    <message>
        <source>Scoring &amp;panel</source>
        <translation>&amp;لوحة التقييم</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>إ&amp;نشاء</translation>
    </message>
</context>
<context>
    <name>OutcomeTable</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>الدورة</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>ماذا يعني ذلك</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>دُمج</translation>
    </message>
    <message>
        <source>Already merged</source>
        <translation>مدموج من قبل</translation>
    </message>
    <message>
        <source>Kept in history</source>
        <translation>محفوظ في السجل</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Now the current version of this assessment.</source>
        <translation>أصبحت الآن النسخة الحالية من هذا التقييم.</translation>
    </message>
    <message>
        <source>Nothing changed: this file was merged before.</source>
        <translation>لم يتغيّر شيء: دُمج هذا الملف من قبل.</translation>
    </message>
    <message>
        <source>Kept in history: a newer revision of the same assessment is current.</source>
        <translation>محفوظ في السجل: توجد نسخة أحدث من التقييم نفسه هي الحالية.</translation>
    </message>
    <message>
        <source>A copy is kept in the quarantine.</source>
        <translation>نسخة منه محفوظة في الحجر.</translation>
    </message>
    <message>
        <source>%1 merged, %2 already merged, %3 kept in history, %4 rejected</source>
        <translation>دُمج %1، ومدموج من قبل %2، ومحفوظ في السجل %3، ومرفوض %4</translation>
    </message>
    <message>
        <source>Merged, but another consensus for this institution counts too: the reports show no agreed consensus until CoMSEC settles it.</source>
        <translation>دُمجت، لكن توافقاً آخر لهذه المؤسسة معتمد أيضاً: لن تعرض التقارير أي توافق متفق عليه حتى تحسم الأمانة العامة لمجلس الوزراء الأمر.</translation>
    </message>
    <message>
        <source>Now the current version of this assessment. Its institution&apos;s name looks like %1 (where they differ in brackets: character position and code points), already merged as a separate institution: check which spelling is right.</source>
        <translation>أصبحت الآن النسخة الحالية من هذا التقييم. يشبه اسم مؤسستها الاسم %1 (موضع الاختلاف بين القوسين: رقم المحرف ورموزه في يونيكود) المدموج من قبل بوصفه مؤسسة منفصلة: تحقّق أي الكتابتين هي الصحيحة.</translation>
    </message>
    <message>
        <source>The quarantine keeps a note of it, but no copy; the original is untouched.</source>
        <translation>يحتفظ الحجر بملاحظة عنه دون نسخة منه؛ الملف الأصلي لم يُمسّ.</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The new passphrase opens this profile from now on; the recovery code you wrote down stays valid. Backups made earlier still open with the passphrase they were made with.</source>
        <translation>تفتح عبارة المرور الجديدة هذا الملف الشخصي من الآن فصاعدًا، ويبقى رمز الاسترداد الذي كتبته صالحًا. أما النسخ الاحتياطية السابقة فتظل تُفتح بعبارة المرور التي أُنشئت بها.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>عبارة المرور ال&amp;حالية</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارة المرور ال&amp;جديدة</translation>
    </message>
    <message>
        <source>Re&amp;peat it</source>
        <translation>&amp;كرّرها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>&amp;تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>اكتب عبارة المرور الحالية.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>عبارتا المرور مختلفتان: اكتب العبارة نفسها مرتين.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one: choose another.</source>
        <translation>عبارة المرور الجديدة هي نفسها الحالية: اختر عبارة أخرى.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one the next time you unlock.</source>
        <translation>تغيّرت عبارة المرور. استخدم العبارة الجديدة في المرة القادمة التي تفتح فيها القفل.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>Type a passphrase.</source>
        <translation>اكتب عبارة مرور.</translation>
    </message>
    <message>
        <source>The passphrase is too short: it needs at least %1 characters. Several unrelated words work well.</source>
        <translation>عبارة المرور قصيرة جدًا: تحتاج إلى %1 حرفًا على الأقل. تصلح لذلك عدة كلمات لا رابط بينها.</translation>
    </message>
    <message>
        <source>Use different passphrases for the root key and the consolidation key.</source>
        <translation>استخدم عبارتي مرور مختلفتين لمفتاح الجذر ومفتاح التوحيد.</translation>
    </message>
    <message>
        <source>The passphrase is too weak: make it longer, for example add a word.</source>
        <translation>عبارة المرور ضعيفة جدًا: أطِلها، بإضافة كلمة مثلًا.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak: add more words or characters.</source>
        <translation>ضعيفة: أضف مزيدًا من الكلمات أو الحروف.</translation>
    </message>
    <message>
        <source>Fair, but not yet enough: add another word.</source>
        <translation>مقبولة، لكنها غير كافية بعد: أضف كلمة أخرى.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>جيدة.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>قوية.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>قصيرة جدًا: %1 حرفًا على الأقل.</translation>
    </message>
</context>
<context>
    <name>PreExportCheckDialog</name>
    <message>
        <source>Before export</source>
        <translation>قبل التصدير</translation>
    </message>
    <message>
        <source>%1 item(s) are not finished. Score each one, or mark it not assessed with a reason, then export again. Press Enter or double-click an item to go to it.</source>
        <translation>لم يُنجز %1 من البنود. ضع درجة لكل منها أو علّمه بأنه لم يُقيَّم مع ذكر السبب، ثم صدِّر من جديد. اضغط مفتاح الإدخال أو انقر نقرًا مزدوجًا على بند للانتقال إليه.</translation>
    </message>
    <message numerus="yes">
        <source>Every item is finished. The scorebook method advises on %n item(s) below; go to an item to improve it, or export as it is.</source>
        <translation>
            <numerusform>اكتملت البنود كلها، ولا ملاحظات من منهج سجل التقييم.</numerusform>
            <numerusform>اكتملت البنود كلها. لمنهج سجل التقييم ملاحظة على بند واحد أدناه؛ انتقل إليه لتحسينه، أو صدّر التقييم كما هو.</numerusform>
            <numerusform>اكتملت البنود كلها. لمنهج سجل التقييم ملاحظات على بندين أدناه؛ انتقل إلى أحدهما لتحسينه، أو صدّر التقييم كما هو.</numerusform>
            <numerusform>اكتملت البنود كلها. لمنهج سجل التقييم ملاحظات على %n بنود أدناه؛ انتقل إلى بند لتحسينه، أو صدّر التقييم كما هو.</numerusform>
            <numerusform>اكتملت البنود كلها. لمنهج سجل التقييم ملاحظات على %n بندًا أدناه؛ انتقل إلى بند لتحسينه، أو صدّر التقييم كما هو.</numerusform>
            <numerusform>اكتملت البنود كلها. لمنهج سجل التقييم ملاحظات على %n بند أدناه؛ انتقل إلى بند لتحسينه، أو صدّر التقييم كما هو.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to item</source>
        <translation>الا&amp;نتقال إلى البند</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Export as it is</source>
        <translation>&amp;صدّر كما هو</translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>وقت الرفض</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Retry may help</source>
        <translation>قد تفيد إعادة المحاولة</translation>
    </message>
    <message>
        <source>Load &amp;new trust settings…</source>
        <translation>تحميل إعدادات ثقة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Retry &amp;selected</source>
        <translation>إعادة محاولة ال&amp;محدد</translation>
    </message>
    <message>
        <source>Retry &amp;all</source>
        <translation>إعادة محاولة ال&amp;كل</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>فتح ال&amp;مجلد</translation>
    </message>
    <message>
        <source>Open a consolidation database to see its quarantine.</source>
        <translation>افتح قاعدة بيانات توحيد لترى حجرها.</translation>
    </message>
    <message>
        <source>Refused bundles are copied to %1 with a note of why.</source>
        <translation>تُنسخ الحزم المرفوضة إلى %1 مع ملاحظة بالسبب.</translation>
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
        <source>New trust settings from CoMSEC</source>
        <translation>إعدادات ثقة جديدة من الأمانة العامة لمجلس الوزراء</translation>
    </message>
    <message>
        <source>Trust settings serial %1 loaded; retry the refused bundles now.</source>
        <translation>حُمّلت إعدادات الثقة ذات الرقم التسلسلي %1؛ أعد محاولة الحزم المرفوضة الآن.</translation>
    </message>
    <message>
        <source>Retry finished: %1 accepted, %2 still refused.</source>
        <translation>انتهت إعادة المحاولة: قُبل %1، وما زال %2 مرفوضًا.</translation>
    </message>
    <message>
        <source>Install &amp;assignments or key link…</source>
        <translation>تثبيت ال&amp;تكليفات أو ربط مفتاح…</translation>
    </message>
    <message>
        <source>CoMSEC&apos;s signed file naming each institution&apos;s team lead for a cycle, or linking a replaced key to its predecessor</source>
        <translation>ملف موقَّع من الأمانة العامة لمجلس الوزراء يسمّي قائد فريق كل مؤسسة في دورة ما، أو يربط مفتاحاً بديلاً بالمفتاح الذي سبقه</translation>
    </message>
    <message>
        <source>Team assignments or key link from CoMSEC</source>
        <translation>تكليفات الفرق أو ربط مفتاح من الأمانة العامة لمجلس الوزراء</translation>
    </message>
    <message>
        <source>%1 cannot be installed (%2). Ask CoMSEC for its current signed team assignments or key link file; nothing was changed.</source>
        <translation>تعذّر تثبيت %1 (%2). اطلب من الأمانة العامة لمجلس الوزراء ملف تكليفات الفرق أو ربط المفتاح الموقَّع الحالي؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>%1 installed; retry the refused bundles now.</source>
        <translation>ثُبّت %1؛ أعد محاولة الحزم المرفوضة الآن.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover the profile</source>
        <translation>استرداد الملف الشخصي</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the profile was created, then choose a new passphrase. Your assessments are not changed.</source>
        <translation>اكتب رمز الاسترداد الذي دوّنته عند إنشاء الملف الشخصي، ثم اختر عبارة مرور جديدة. لن تتغيّر تقييماتك.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;رمز الاسترداد</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>عبارة المرور ال&amp;جديدة</translation>
    </message>
    <message>
        <source>Re&amp;peat it</source>
        <translation>&amp;كرّرها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Unlock and set the passphrase</source>
        <translation>&amp;فتح القفل وتعيين عبارة المرور</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>اكتب رمز الاسترداد.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>عبارتا المرور مختلفتان: اكتب العبارة نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>RejectionReasons</name>
    <message>
        <source>The file is damaged or incomplete (for example, a copy that was cut short). Ask the assessor to export it again and send a fresh copy.</source>
        <translation>الملف تالف أو ناقص (كنسخة انقطعت قبل اكتمالها مثلًا). اطلب من المقيِّم تصديره من جديد وإرسال نسخة جديدة.</translation>
    </message>
    <message>
        <source>The file was changed after the assessor signed it. Do not use it; ask the assessor for a new export.</source>
        <translation>عُدّل الملف بعد أن وقّعه المقيِّم. لا تستخدمه؛ اطلب من المقيِّم تصديرًا جديدًا.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that the disk or USB stick is still attached, then add it again.</source>
        <translation>تعذّرت قراءة الملف. تحقّق من أن القرص أو ذاكرة USB ما زالت موصولة، ثم أضفه من جديد.</translation>
    </message>
    <message>
        <source>This is not an assessment bundle. Only .ipmsb files exported from IPMS Desktop can be merged.</source>
        <translation>هذه ليست حزمة تقييم. لا يمكن دمج إلا ملفات ‎.ipmsb المصدَّرة من IPMS Desktop.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of IPMS Desktop. Update IPMS Desktop on this computer, then try again.</source>
        <translation>أُنشئ الملف بإصدار أحدث من IPMS Desktop. حدّث IPMS Desktop على هذا الحاسوب ثم حاول من جديد.</translation>
    </message>
    <message>
        <source>The file holds something other than an assessment or a consensus.</source>
        <translation>يحتوي الملف على شيء غير تقييم أو توافق.</translation>
    </message>
    <message>
        <source>The file was encrypted in a way this version cannot read. Update IPMS Desktop on this computer.</source>
        <translation>شُفّر الملف بطريقة لا يستطيع هذا الإصدار قراءتها. حدّث IPMS Desktop على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The person who signed it is not certified by CoMSEC&apos;s authority in your trust settings. If CoMSEC has sent new trust settings, load them and retry.</source>
        <translation>الشخص الذي وقّعه غير معتمد من جهة الإصدار التابعة للأمانة العامة لمجلس الوزراء في إعدادات الثقة لديك. إذا أرسلت الأمانة العامة إعدادات ثقة جديدة فحمّلها وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has been withdrawn by CoMSEC. Contact CoMSEC before using this assessment.</source>
        <translation>سحبت الأمانة العامة لمجلس الوزراء شهادة الموقِّع. تواصل معها قبل استخدام هذا التقييم.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate had expired when the file was made. The assessor needs a renewed certificate and a new export.</source>
        <translation>كانت شهادة الموقِّع منتهية الصلاحية عند إنشاء الملف. يحتاج المقيِّم إلى شهادة مجدّدة وتصدير جديد.</translation>
    </message>
    <message>
        <source>The file is dated before the signer&apos;s certificate was valid. Check the assessor&apos;s computer clock.</source>
        <translation>تاريخ الملف سابق لبدء صلاحية شهادة الموقِّع. تحقّق من ساعة حاسوب المقيِّم.</translation>
    </message>
    <message>
        <source>The file is dated in the future. Check the clock of the assessor&apos;s computer and of this computer.</source>
        <translation>تاريخ الملف في المستقبل. تحقّق من ساعة حاسوب المقيِّم وساعة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The file was signed with a certificate that may not sign assessments.</source>
        <translation>وُقّع الملف بشهادة لا يحق لها توقيع التقييمات.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not allow this kind of file (for example, an assessor signing a consensus).</source>
        <translation>لا تسمح شهادة الموقِّع بهذا النوع من الملفات (كأن يوقّع مقيِّم على توافق).</translation>
    </message>
    <message>
        <source>The assessment uses a framework version that your trust settings do not approve. If CoMSEC has sent new trust settings, load them and retry.</source>
        <translation>يستخدم التقييم إصدارًا من الإطار لا تعتمده إعدادات الثقة لديك. إذا أرسلت الأمانة العامة لمجلس الوزراء إعدادات ثقة جديدة فحمّلها وأعد المحاولة.</translation>
    </message>
    <message>
        <source>The file was not encrypted for this consolidation key. Check that you chose the right key, or ask the assessor to export again for you.</source>
        <translation>لم يُشفَّر الملف لمفتاح التوحيد هذا. تحقّق من اختيار المفتاح الصحيح، أو اطلب من المقيِّم التصدير لك من جديد.</translation>
    </message>
    <message>
        <source>The file could not be decrypted with this key. Check that you chose the right key.</source>
        <translation>تعذّر فك تشفير الملف بهذا المفتاح. تحقّق من اختيار المفتاح الصحيح.</translation>
    </message>
    <message>
        <source>Another file with the same identity but different content was merged earlier. One of the two is not what the assessor exported; ask the assessor which is right.</source>
        <translation>دُمج في وقت سابق ملف آخر له الهوية نفسها ومحتوى مختلف. أحد الملفين ليس ما صدّره المقيِّم؛ اسأل المقيِّم أيهما الصحيح.</translation>
    </message>
    <message>
        <source>This revision of the assessment was merged earlier with different content. Ask the assessor to export a new revision.</source>
        <translation>دُمجت هذه النسخة من التقييم في وقت سابق بمحتوى مختلف. اطلب من المقيِّم تصدير نسخة جديدة.</translation>
    </message>
    <message>
        <source>The assessment was scored against a framework version this installation does not have. Update IPMS Desktop, then retry.</source>
        <translation>قُيّم التقييم وفق إصدار من الإطار غير موجود في هذا التثبيت. حدّث IPMS Desktop ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The file contradicts itself: its contents do not match what was signed. Ask the assessor for a new export.</source>
        <translation>الملف متناقض: محتواه لا يطابق ما وُقّع. اطلب من المقيِّم تصديرًا جديدًا.</translation>
    </message>
    <message>
        <source>The file could not be copied to the quarantine folder. The original is untouched; check the quarantine folder and free space.</source>
        <translation>تعذّر نسخ الملف إلى مجلد الحجر. الملف الأصلي لم يُمسّ؛ تحقّق من مجلد الحجر ومن المساحة الفارغة.</translation>
    </message>
    <message>
        <source>The database could not record the file; nothing of it was written. Check the connection or the disk, then add the file again.</source>
        <translation>تعذّر على قاعدة البيانات تسجيل الملف؛ ولم يُكتب منه شيء. تحقّق من الاتصال أو القرص ثم أضف الملف من جديد.</translation>
    </message>
    <message>
        <source>The assessment in the file cannot be used as it is (its scores or contents are not valid). Point at the row to read the technical details, and send them to CoMSEC&apos;s support if the assessor cannot correct it.</source>
        <translation>لا يمكن استخدام التقييم الموجود في الملف كما هو (درجاته أو محتواه غير صالحة). أشِر إلى الصف لقراءة التفاصيل الفنية، وأرسلها إلى دعم الأمانة العامة لمجلس الوزراء إذا لم يستطع المقيِّم تصحيحه.</translation>
    </message>
    <message>
        <source>No team assignments from CoMSEC for this cycle are installed, so it is not known which team lead may send this consensus. Install CoMSEC&apos;s signed assignments file for the cycle, then retry.</source>
        <translation>لم تُثبَّت تكليفات الفرق من الأمانة العامة لمجلس الوزراء لهذه الدورة، فلا يُعرف أي قائد فريق يحق له إرسال هذا التوافق. ثبّت ملف التكليفات الموقَّع لهذه الدورة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The consensus was signed by a team lead whom CoMSEC has not assigned to this institution for this cycle. Only the assigned team lead&apos;s consensus is accepted.</source>
        <translation>وقّع هذا التوافقَ قائدُ فريق لم تكلّفه الأمانة العامة لمجلس الوزراء بهذه المؤسسة في هذه الدورة. لا يُقبل إلا توافق قائد الفريق المكلَّف.</translation>
    </message>
    <message>
        <source>The assessment was signed by an assessor whom CoMSEC has not assigned to this institution for this cycle.</source>
        <translation>وقّع هذا التقييمَ مقيِّمٌ لم تكلّفه الأمانة العامة لمجلس الوزراء بهذه المؤسسة في هذه الدورة.</translation>
    </message>
    <message>
        <source>The consensus names individual assessments that are not this institution&apos;s assessments merged here. Merge the team&apos;s assessments first; if it is still refused, do not use this consensus.</source>
        <translation>يذكر التوافق تقييمات فردية ليست من تقييمات هذه المؤسسة المدمجة هنا. ادمج تقييمات الفريق أولاً؛ وإن بقي مرفوضاً فلا تستخدم هذا التوافق.</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a pipe, a device or a folder), so it was not read. Copy the bundle to a file and add that.</source>
        <translation>هذا ليس ملفًا عاديًا (أنبوب أو جهاز أو مجلد)، لذا لم تُقرأ محتوياته. انسخ الحزمة إلى ملف وأضف ذلك الملف.</translation>
    </message>
    <message>
        <source>The file holds text that cannot be stored (a NUL character or broken Unicode). Ask the assessor for a new export.</source>
        <translation>يحتوي الملف على نص لا يمكن حفظه (محرف NUL أو يونيكود تالف). اطلب من المقيِّم تصديرًا جديدًا.</translation>
    </message>
    <message>
        <source>The assessment inside the file is not laid out as IPMS Desktop writes it. Do not use it; ask the assessor for a new export.</source>
        <translation>التقييم داخل الملف ليس بالبنية التي يكتبها IPMS Desktop. لا تستخدمه؛ اطلب من المقيِّم تصديرًا جديدًا.</translation>
    </message>
    <message>
        <source>The assessment lists an evidence file that the file does not contain. Ask the assessor for a new export.</source>
        <translation>يذكر التقييم ملف أدلة لا يحتويه الملف. اطلب من المقيِّم تصديرًا جديدًا.</translation>
    </message>
    <message>
        <source>An evidence file is listed with a wrong size or digest. Ask the assessor for a new export.</source>
        <translation>أُدرج ملف أدلة بحجم أو بصمة غير صحيحين. اطلب من المقيِّم تصديرًا جديدًا.</translation>
    </message>
    <message>
        <source>The assessment names no valid assessment panel of its framework. Ask the assessor for a new export.</source>
        <translation>لا يذكر التقييم لوحة تقييم صالحة من إطاره. اطلب من المقيِّم تصديرًا جديدًا.</translation>
    </message>
    <message>
        <source>The institution&apos;s name in the file is empty or holds invisible control characters. Ask the assessor to correct the name and export again.</source>
        <translation>اسم المؤسسة في الملف فارغ أو يحتوي على محارف تحكم غير مرئية. اطلب من المقيِّم تصحيح الاسم والتصدير من جديد.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>&amp;Load institutions</source>
        <translation>&amp;تحميل المؤسسات</translation>
    </message>
    <message>
        <source>&amp;All institutions</source>
        <translation>&amp;كل المؤسسات</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>اس&amp;تعراض…</translation>
    </message>
    <message>
        <source>Also write the &amp;feedback reports (PDF) to:</source>
        <translation>اكتب أيضًا تقارير ال&amp;تغذية الراجعة (PDF) في:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>است&amp;عراض…</translation>
    </message>
    <message>
        <source>&amp;Write reports</source>
        <translation>&amp;كتابة التقارير</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>ال&amp;دورة:</translation>
    </message>
    <message>
        <source>Institutions:</source>
        <translation>المؤسسات:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Workbook (.xlsx):</source>
        <translation>م&amp;صنف Excel ‏(‎.xlsx):</translation>
    </message>
    <message>
        <source>Reading the cycle&apos;s results…</source>
        <translation>جارٍ قراءة نتائج الدورة…</translation>
    </message>
    <message>
        <source>%1 institutions in cycle %2.</source>
        <translation>%1 مؤسسة في الدورة %2.</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>المصنف</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Folder for the feedback reports</source>
        <translation>مجلد تقارير التغذية الراجعة</translation>
    </message>
    <message>
        <source>Choose at least one institution.</source>
        <translation>اختر مؤسسة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Choose where to write the workbook.</source>
        <translation>اختر مكان كتابة المصنف.</translation>
    </message>
    <message>
        <source>Choose the folder for the feedback reports.</source>
        <translation>اختر مجلد تقارير التغذية الراجعة.</translation>
    </message>
    <message>
        <source>Writing the reports…</source>
        <translation>جارٍ كتابة التقارير…</translation>
    </message>
    <message>
        <source>%1 files written; the workbook is %2.</source>
        <translation>كُتب %1 من الملفات؛ المصنف هو %2.</translation>
    </message>
    <message>
        <source>Assessments left out of the reports, scored against another framework version than the rest of their institution&apos;s: %1 (%2; point here for the bundles).</source>
        <translation>تقييمات مستبعدة من التقارير لأنها قُيّمت بإصدار إطار غير الإصدار الذي قُيّمت به بقية تقييمات مؤسستها: %1 (%2؛ أشر إلى هنا لترى الحزم).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>The backup replaces the assessments in this profile; what it replaces is kept aside in the profile folder, not deleted. Type the passphrase that opens this profile now.</source>
        <translation>تحلّ النسخة الاحتياطية محلّ التقييمات في هذا الملف الشخصي، ويُنقل ما تحلّ محلّه جانبًا في مجلد الملف الشخصي ولا يُحذف. اكتب عبارة المرور التي تفتح هذا الملف الشخصي الآن.</translation>
    </message>
    <message>
        <source>The backup becomes the profile on this laptop. Its key-slot file must be beside it, as the backup wrote it. Type the passphrase the backup was made with; the profile then opens with it.</source>
        <translation>تصبح النسخة الاحتياطية الملف الشخصي على هذا الحاسوب. يجب أن يكون ملف مفاتيحها بجانبها كما كتبته عملية النسخ. اكتب عبارة المرور التي أُنشئت بها النسخة الاحتياطية، وسيُفتح الملف الشخصي بها بعد ذلك.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>اس&amp;تعراض…</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>&amp;ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Restore and unlock</source>
        <translation>ا&amp;ستعادة وفتح القفل</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Profile backups (*.db);;All files (*)</source>
        <translation>نسخ الملف الشخصي الاحتياطية (*.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the backup file, for example on your USB stick.</source>
        <translation>اختر ملف النسخة الاحتياطية، على ذاكرة USB مثلًا.</translation>
    </message>
    <message>
        <source>Choose the backup itself, not its key-slot file.</source>
        <translation>اختر النسخة الاحتياطية نفسها، لا ملف مفاتيحها.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>جارٍ استعادة النسخة الاحتياطية…</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation>إبطال الشهادة</translation>
    </message>
    <message>
        <source>Revoke the certificate of %1 (%2)? Bundles they sign will be refused once the new trust settings reach the profiles. This cannot be undone.</source>
        <translation>هل تريد إبطال شهادة %1 (%2)؟ ستُرفض الحزم التي يوقّعها بعد وصول إعدادات الثقة الجديدة إلى الملفات الشخصية. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>اختر السبب…</translation>
    </message>
    <message>
        <source>The key may be known to someone else</source>
        <translation>ربما عرف شخص آخر المفتاح</translation>
    </message>
    <message>
        <source>The holder left or changed institution</source>
        <translation>ترك صاحبها المؤسسة أو انتقل إلى غيرها</translation>
    </message>
    <message>
        <source>Replaced by a new certificate</source>
        <translation>استُبدلت بشهادة جديدة</translation>
    </message>
    <message>
        <source>The holder may no longer assess</source>
        <translation>لم يعد لصاحبها حق التقييم</translation>
    </message>
    <message>
        <source>The role is no longer needed</source>
        <translation>لم تعد الحاجة قائمة إلى هذا الدور</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>إبطال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>IPMS Desktop is already open for this profile (process %1 on %2). Switch to that window, or close it before starting again.</source>
        <translation>IPMS Desktop مفتوح من قبل لهذا الملف الشخصي (العملية %1 على %2). انتقل إلى تلك النافذة، أو أغلقها قبل البدء من جديد.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stopped. What was finished is kept; nothing half-written is left.</source>
        <translation>توقّف العمل. ما اكتمل محفوظ، ولم يبقَ أي ملف مكتوب جزئيًا.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
</context>
<context>
    <name>TeamMenus</name>
    <message>
        <source>&amp;Team lead</source>
        <translation>&amp;قائد الفريق</translation>
    </message>
    <message>
        <source>&amp;Merge the team&apos;s bundles…</source>
        <translation>&amp;دمج حزم الفريق…</translation>
    </message>
    <message>
        <source>&amp;Consensus workspace…</source>
        <translation>مساحة عمل ال&amp;توافق…</translation>
    </message>
    <message>
        <source>Co&amp;MSEC</source>
        <translation>الأ&amp;مانة العامة</translation>
    </message>
    <message>
        <source>&amp;Consolidation and quarantine…</source>
        <translation>ال&amp;توحيد والحجر…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>الت&amp;قارير…</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>الإ&amp;دارة</translation>
    </message>
    <message>
        <source>&amp;Certificate authority…</source>
        <translation>&amp;جهة إصدار الشهادات…</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل إلى الأ&amp;على</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>نقل إلى الأ&amp;سفل</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Enter your passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
        <source>Training CA</source>
        <translation>جهة إصدار الشهادات التدريبية</translation>
    </message>
    <message>
        <source>Profile locked</source>
        <translation>الملف الشخصي مقفل</translation>
    </message>
    <message>
        <source>Your assessments are encrypted on this laptop. Enter your passphrase to open them.</source>
        <translation>تقييماتك مشفّرة على هذا الحاسوب. أدخل عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>&amp;Forgot the passphrase? Use the recovery code…</source>
        <translation>&amp;نسيت عبارة المرور؟ استخدم رمز الاسترداد…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>الاستعادة من &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
</context>
<context>
    <name>ValidationReportDialog</name>
    <message>
        <source>Framework workbook not imported</source>
        <translation>لم يُستورد مصنف الإطار</translation>
    </message>
    <message>
        <source>%1 cannot be imported. Correct these %2 problems in Excel, save the workbook and import it again:</source>
        <translation>لا يمكن استيراد %1. صحّح هذه المشكلات (%2) في Excel واحفظ المصنف ثم استورده من جديد:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
</TS>
