<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AdminInitialisePage</name>
    <message>
        <source>This folder holds no certificate authority. Initialise one here: it makes the root certificate, the consolidation key pair and an empty revocation list. Keep both passphrases apart and the folder backed up offline.</source>
        <translation>لا يحتوي هذا المجلد على جهة إصدار شهادات. أنشئ واحدة هنا: يُنشئ ذلك شهادة الجذر وزوج مفاتيح التجميع المركزي وقائمة إبطال فارغة. احفظ عبارتي المرور منفصلتين واحتفظ بنسخة احتياطية من المجلد بعيدًا عن الشبكة.</translation>
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
        <translation>عبارة مرور &amp;مفتاح التجميع المركزي:</translation>
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
        <translation>تحمل إعدادات الثقة شهادة الجذر وقائمة الإبطال ومفتاح التجميع المركزي وإصدارات الأطر المعتمدة إلى كل ملف شخصي. انشر إعدادات جديدة بعد إبطال شهادة أو اعتماد إطار.</translation>
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
    <message numerus="yes">
        <source>Scorebook: strengths written: %n; write %1 to %2.</source>
        <translation>
            <numerusform>منهج سجل التقييم: لم تُكتب أي نقطة قوة؛ اكتب من %1 إلى %2.</numerusform>
            <numerusform>منهج سجل التقييم: كُتبت نقطة قوة واحدة؛ اكتب من %1 إلى %2.</numerusform>
            <numerusform>منهج سجل التقييم: كُتبت نقطتا قوة؛ اكتب من %1 إلى %2.</numerusform>
            <numerusform>منهج سجل التقييم: كُتبت %n نقاط قوة؛ اكتب من %1 إلى %2.</numerusform>
            <numerusform>منهج سجل التقييم: كُتبت %n نقطةَ قوة؛ اكتب من %1 إلى %2.</numerusform>
            <numerusform>منهج سجل التقييم: كُتبت %n نقطة قوة؛ اكتب من %1 إلى %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scorebook: areas for improvement written: %n; write %1 to %2.</source>
        <translation>
            <numerusform>منهج سجل التقييم: لم يُكتب أي مجال تحسين؛ اكتب من %1 إلى %2.</numerusform>
            <numerusform>منهج سجل التقييم: كُتب مجال تحسين واحد؛ اكتب من %1 إلى %2.</numerusform>
            <numerusform>منهج سجل التقييم: كُتب مجالان من مجالات التحسين؛ اكتب من %1 إلى %2.</numerusform>
            <numerusform>منهج سجل التقييم: كُتبت %n مجالات تحسين؛ اكتب من %1 إلى %2.</numerusform>
            <numerusform>منهج سجل التقييم: كُتب %n مجالًا من مجالات التحسين؛ اكتب من %1 إلى %2.</numerusform>
            <numerusform>منهج سجل التقييم: كُتب %n مجال تحسين؛ اكتب من %1 إلى %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scorebook: site-visit issues: %n; keep at most %2.</source>
        <translation>
            <numerusform>منهج سجل التقييم: لا مسائل للزيارة الميدانية؛ اكتفِ بـ %2 على الأكثر.</numerusform>
            <numerusform>منهج سجل التقييم: مسألة واحدة للزيارة الميدانية؛ اكتفِ بـ %2 على الأكثر.</numerusform>
            <numerusform>منهج سجل التقييم: مسألتان للزيارة الميدانية؛ اكتفِ بـ %2 على الأكثر.</numerusform>
            <numerusform>منهج سجل التقييم: %n مسائل للزيارة الميدانية؛ اكتفِ بـ %2 على الأكثر.</numerusform>
            <numerusform>منهج سجل التقييم: %n مسألةً للزيارة الميدانية؛ اكتفِ بـ %2 على الأكثر.</numerusform>
            <numerusform>منهج سجل التقييم: %n مسألة للزيارة الميدانية؛ اكتفِ بـ %2 على الأكثر.</numerusform>
        </translation>
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
        <source>The key strength now reads as the edited entry.</source>
        <translation>نقطة القوة الرئيسية تطابق الآن المدخل بعد تعديله.</translation>
    </message>
    <message>
        <source>The key area for improvement now reads as the edited entry.</source>
        <translation>مجال التحسين الرئيسي يطابق الآن المدخل بعد تعديله.</translation>
    </message>
    <message>
        <source>The key strength was removed with its entry.</source>
        <translation>أُزيلت نقطة القوة الرئيسية مع مدخلها.</translation>
    </message>
    <message>
        <source>The key area for improvement was removed with its entry.</source>
        <translation>أُزيل مجال التحسين الرئيسي مع مدخله.</translation>
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
    <message>
        <source>Freeze the individual revisions the consensus uses; revisions merged later are listed until you reopen.</source>
        <translation>تثبيت النسخ الفردية التي يعتمد عليها التوافق؛ النسخ المدمجة بعد ذلك تُعرض في قائمة إلى أن تعيد فتحه.</translation>
    </message>
    <message>
        <source>The consensus still uses the individual revisions frozen when it started. Reopen to take the newer ones: overrides whose individual scores changed are then removed and listed.</source>
        <translation>ما زال التوافق يستخدم النسخ الفردية المثبَّتة عند بدئه. أعد فتحه لاعتماد النسخ الأحدث: تُزال عندها الدرجات المعدَّلة التي تغيّرت درجاتها الفردية وتُعرض في قائمة.</translation>
    </message>
    <message>
        <source>Item a&amp;greed</source>
        <translation>البند م&amp;تفق عليه</translation>
    </message>
    <message>
        <source>Mark the item once the team has agreed its scores and texts.</source>
        <translation>علِّم البند حين يتفق الفريق على درجاته ونصوصه.</translation>
    </message>
    <message>
        <source>&amp;Key point</source>
        <translation>نقطة &amp;رئيسية</translation>
    </message>
    <message>
        <source>Make the chosen entry the item&apos;s key strength or key area for improvement, for the feedback report&apos;s executive summary. Key points are shown in bold.</source>
        <translation>اجعل المدخل المختار نقطة القوة الرئيسية للبند أو مجال التحسين الرئيسي له، للملخص التنفيذي في تقرير التغذية الراجعة. تُعرض النقاط الرئيسية بخط عريض.</translation>
    </message>
    <message>
        <source>Consensus started: the individual revisions are frozen. Newer ones will be listed until you reopen.</source>
        <translation>بدأ التوافق: ثُبِّتت النسخ الفردية. ستُعرض النسخ الأحدث في قائمة إلى أن تعيد فتحه.</translation>
    </message>
    <message>
        <source>Not started: the consensus follows the current individual revisions. Start it (or make a first change) to freeze them.</source>
        <translation>لم يبدأ بعد: يتبع التوافق النسخ الفردية الحالية. ابدأه (أو أجرِ أول تعديل) لتثبيتها.</translation>
    </message>
    <message>
        <source>Exported (revision %1); individual revisions frozen since %2.</source>
        <translation>صُدِّر (النسخة %1)؛ النسخ الفردية مثبَّتة منذ %2.</translation>
    </message>
    <message>
        <source>Started; reopened on %1 by %2.</source>
        <translation>بدأ؛ أُعيد فتحه في %1 بواسطة %2.</translation>
    </message>
    <message>
        <source>Started on %1 by %2: individual revisions frozen.</source>
        <translation>بدأ في %1 بواسطة %2: النسخ الفردية مثبَّتة.</translation>
    </message>
    <message>
        <source>%1 of %2 items agreed</source>
        <translation>%1 من %2 بندًا متفق عليه</translation>
    </message>
    <message>
        <source>%1 revision %2</source>
        <translation>%1، النسخة %2</translation>
    </message>
    <message>
        <source>Choose an entry to make it the item&apos;s key point.</source>
        <translation>اختر مدخلًا لجعله النقطة الرئيسية للبند.</translation>
    </message>
    <message>
        <source>Items not marked agreed (%1) were exported as they stand.</source>
        <translation>صُدِّرت البنود غير المعلَّمة بأنها متفق عليها (%1) كما هي.</translation>
    </message>
    <message>
        <source>Newer revisions, not used until you reopen (%1): %2</source>
        <translation>نسخ أحدث لا تُستخدم حتى تعيد الفتح (%1): %2</translation>
    </message>
    <message>
        <source>Reopened on the current revisions. %1 overrides kept; these no longer apply and were removed (their individual scores changed): %2</source>
        <translation>أُعيد الفتح على النسخ الحالية. أُبقي على %1 من الدرجات المعدَّلة؛ وهذه لم تعد تنطبق فأُزيلت (تغيّرت درجاتها الفردية): %2</translation>
    </message>
    <message>
        <source>Reopened on the current revisions; all %1 overrides still apply.</source>
        <translation>أُعيد الفتح على النسخ الحالية؛ ما زالت الدرجات المعدَّلة كلها (%1) منطبقة.</translation>
    </message>
    <message>
        <source>Start co&amp;nsensus</source>
        <translation>&amp;بدء التوافق</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>إعادة ال&amp;فتح…</translation>
    </message>
</context>
<context>
    <name>ConsolidationWindow</name>
    <message>
        <source>Consolidation</source>
        <translation>التجميع المركزي</translation>
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
        <translation>افتح قاعدة بيانات التجميع المركزي من تبويب الدمج أولًا.</translation>
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
        <translation>مفتاح التجميع المركزي</translation>
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
        <translation>&amp;مفتاح التجميع المركزي:</translation>
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
        <translation>قاعدة بيانات التجميع المركزي</translation>
    </message>
    <message>
        <source>Consolidation files (*.ipmsdb);;All files (*)</source>
        <translation>ملفات التجميع المركزي (*.ipmsdb);;جميع الملفات (*)</translation>
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
        <translation>ملف تجميع مركزي جديد</translation>
    </message>
    <message>
        <source>A new consolidation file was created at %1. Its recovery code is shown only now; write it down and keep it offline:

%2</source>
        <translation>أُنشئ ملف تجميع مركزي جديد في %1. لا يُعرض رمز استرداده إلا الآن؛ اكتبه واحفظه بعيدًا عن أي حاسوب:

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
        <source>Choose the consolidation &amp;key…</source>
        <translation>اختيار &amp;مفتاح التجميع المركزي…</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>عبارة مرور %1:</translation>
    </message>
    <message>
        <source>Opening the key file…</source>
        <translation>جارٍ فتح ملف المفتاح…</translation>
    </message>
    <message>
        <source>Merging with %1 from now on; add the files again.</source>
        <translation>سيجري الدمج بـ%1 من الآن؛ أضف الملفات من جديد.</translation>
    </message>
    <message numerus="yes">
        <source>Merge done, %n file(s) rejected (see the Quarantine tab): %1</source>
        <translation>
            <numerusform>انتهى الدمج، ولم يُرفض أي ملف (انظر تبويب الحجر): %1</numerusform>
            <numerusform>انتهى الدمج، ورُفض ملف واحد (انظر تبويب الحجر): %1</numerusform>
            <numerusform>انتهى الدمج، ورُفض ملفان (انظر تبويب الحجر): %1</numerusform>
            <numerusform>انتهى الدمج، ورُفضت %n ملفات (انظر تبويب الحجر): %1</numerusform>
            <numerusform>انتهى الدمج، ورُفض %n ملفًا (انظر تبويب الحجر): %1</numerusform>
            <numerusform>انتهى الدمج، ورُفض %n ملف (انظر تبويب الحجر): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge finished: %1</source>
        <translation>انتهى الدمج: %1</translation>
    </message>
    <message>
        <source>CoMSEC&apos;s consolidation key (key %1)</source>
        <translation>مفتاح التجميع المركزي لدى الأمانة العامة لمجلس الوزراء (المفتاح %1)</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>المفتاح %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>No consolidation key is chosen, so nothing can be merged yet: the bundles are encrypted for %1. Choose that key&apos;s file with Choose the consolidation key, then add the files.</source>
        <translation>لم يُختر مفتاح التجميع المركزي، فلا يمكن دمج شيء بعد: الحزم مشفَّرة لـ%1. اختر ملف ذلك المفتاح بزر «اختيار مفتاح التجميع المركزي»، ثم أضف الملفات.</translation>
    </message>
    <message>
        <source>%1 is encrypted for %2, not for the key in use (%3). The merge stopped there: nothing was quarantined and the files after it were not read. Choose the key file for %2 with Choose the consolidation key, then add the files again.</source>
        <translation>الملف %1 مشفَّر لـ%2، لا للمفتاح المستخدم (%3). توقف الدمج عنده: لم يُنقل شيء إلى الحجر ولم تُقرأ الملفات التي بعده. اختر ملف %2 بزر «اختيار مفتاح التجميع المركزي»، ثم أضف الملفات من جديد.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>framework %1 (%2) is not approved by the installed trust settings; install current trust settings from CoMSEC</source>
        <translation>الإطار %1 (%2) غير معتمد في إعدادات الثقة المثبّتة؛ ثبّت إعدادات الثقة الحالية من الأمانة العامة لمجلس الوزراء</translation>
    </message>
    <message>
        <source>bundle kind %1 is not known</source>
        <translation>نوع الحزمة %1 غير معروف</translation>
    </message>
    <message>
        <source>%1: the document lacks %2</source>
        <translation>%1: المستند يفتقد %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>manifest does not start with its context line</source>
        <translation>بيان المحتويات لا يبدأ بسطر السياق الخاص به</translation>
    </message>
    <message>
        <source>manifest is not a JSON object</source>
        <translation>بيان المحتويات ليس كائن ⁦JSON⁩</translation>
    </message>
    <message>
        <source>manifest format %1 is not supported (this version reads %2); update IPMS Desktop</source>
        <translation>صيغة بيان المحتويات %1 غير مدعومة (هذا الإصدار يقرأ %2)؛ حدّث ⁦IPMS Desktop⁩</translation>
    </message>
    <message>
        <source>unexpected or missing fields: %1%2</source>
        <translation>حقول غير متوقعة أو ناقصة: %1%2</translation>
    </message>
    <message>
        <source>kind must be text</source>
        <translation>يجب أن يكون النوع نصًا</translation>
    </message>
    <message>
        <source>HPKE suite %1 is not supported</source>
        <translation>مجموعة ⁦HPKE⁩ %1 غير مدعومة</translation>
    </message>
    <message>
        <source>bundle_id must be 32 lowercase hex digits</source>
        <translation>يجب أن يتكوّن ⁦bundle_id⁩ من 32 رقمًا ست عشريًا بأحرف صغيرة</translation>
    </message>
    <message>
        <source>manifest holds the non-number %1</source>
        <translation>بيان المحتويات يحوي القيمة غير العددية %1</translation>
    </message>
    <message>
        <source>%1 must be base64 text</source>
        <translation>يجب أن يكون %1 نصًا بترميز ⁦base64⁩</translation>
    </message>
    <message>
        <source>signer_certificate has no Ed25519 key</source>
        <translation>لا يحوي ⁦signer_certificate⁩ مفتاح ⁦Ed25519⁩</translation>
    </message>
    <message>
        <source>recipients must list 1 to %1 keys</source>
        <translation>يجب أن يكون عدد المفاتيح في قائمة المستلمين بين 1 و%1</translation>
    </message>
    <message>
        <source>members must be a non-empty list</source>
        <translation>يجب أن تكون الأجزاء قائمة غير فارغة</translation>
    </message>
    <message>
        <source>%1 members, more than the limit of %2</source>
        <translation>عدد الأجزاء %1، أكثر من الحد البالغ %2</translation>
    </message>
    <message>
        <source>a member name is not text</source>
        <translation>اسم أحد الأجزاء ليس نصًا</translation>
    </message>
    <message>
        <source>member %1 is named %2; only document.json first, then evidence/&lt;sha256&gt;</source>
        <translation>الجزء %1 اسمه %2؛ المسموح ⁦document.json⁩ أولًا ثم ⁦evidence/&lt;sha256&gt;⁩ فقط</translation>
    </message>
    <message>
        <source>member %1 appears twice</source>
        <translation>الجزء %1 مكرر</translation>
    </message>
    <message>
        <source>manifest is not valid UTF-8 JSON</source>
        <translation>بيان المحتويات ليس ⁦JSON⁩ صالحًا بترميز ⁦UTF-8⁩</translation>
    </message>
    <message>
        <source>created must be a UTC time</source>
        <translation>يجب أن يكون حقل ⁦created⁩ وقتًا بتوقيت ⁦UTC⁩</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 ليس ⁦base64⁩ صالحًا</translation>
    </message>
    <message>
        <source>signer_certificate is not a readable DER certificate</source>
        <translation>⁦signer_certificate⁩ ليست شهادة ⁦DER⁩ قابلة للقراءة</translation>
    </message>
    <message>
        <source>a recipient must be {key_id, wrapped_key}</source>
        <translation>يجب أن يكون المستلم بالشكل ⁦{key_id, wrapped_key}⁩</translation>
    </message>
    <message>
        <source>recipient key ids must be distinct</source>
        <translation>يجب أن تكون معرّفات مفاتيح المستلمين مختلفة</translation>
    </message>
    <message>
        <source>a wrapped key has the wrong length</source>
        <translation>أحد المفاتيح المغلّفة طوله غير صحيح</translation>
    </message>
    <message>
        <source>a member must be {name, size, sha256, ciphertext_sha256}</source>
        <translation>يجب أن يكون الجزء بالشكل ⁦{name, size, sha256, ciphertext_sha256}⁩</translation>
    </message>
    <message>
        <source>member %1 has no valid size</source>
        <translation>الجزء %1 ليس له حجم صالح</translation>
    </message>
    <message>
        <source>member %1 declares %2 bytes, over the %3 limit</source>
        <translation>الجزء %1 يصرّح بحجم %2 بايت، متجاوزًا الحد %3</translation>
    </message>
    <message>
        <source>member %1 has malformed digests</source>
        <translation>الجزء %1 بصماته مشوّهة</translation>
    </message>
    <message>
        <source>member %1 is named by another digest</source>
        <translation>الجزء %1 مسمّى ببصمة أخرى</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>the file is not an ordinary file</source>
        <translation>الملف ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>%1 does not start with the bundle marker</source>
        <translation>%1 لا يبدأ بعلامة الحزمة</translation>
    </message>
    <message>
        <source>the file ends inside its header</source>
        <translation>ينتهي الملف داخل ترويسته</translation>
    </message>
    <message>
        <source>bundle format %1 is not supported (this version reads %2); update IPMS Desktop</source>
        <translation>صيغة الحزمة %1 غير مدعومة (هذا الإصدار يقرأ %2)؛ حدّث ⁦IPMS Desktop⁩</translation>
    </message>
    <message>
        <source>reserved header bytes are not zero</source>
        <translation>بايتات الترويسة المحجوزة ليست أصفارًا</translation>
    </message>
    <message>
        <source>the file is shorter than an empty bundle</source>
        <translation>الملف أقصر من حزمة فارغة</translation>
    </message>
    <message>
        <source>the end marker is missing; the file was cut short</source>
        <translation>علامة النهاية مفقودة؛ الملف مبتور</translation>
    </message>
    <message>
        <source>manifest of %1 bytes exceeds the %2 limit</source>
        <translation>بيان المحتويات بحجم %1 بايت يتجاوز الحد %2</translation>
    </message>
    <message>
        <source>the trailer does not match the file size</source>
        <translation>تذييل الملف لا يطابق حجمه</translation>
    </message>
    <message>
        <source>member sizes in the manifest do not match the file&apos;s layout</source>
        <translation>أحجام الأجزاء في بيان المحتويات لا تطابق بنية الملف</translation>
    </message>
    <message>
        <source>framework %1 (%2) is not in the trust settings; install current trust settings or use an approved framework</source>
        <translation>الإطار %1 (%2) غير موجود في إعدادات الثقة؛ ثبّت إعدادات الثقة الحالية أو استخدم إطارًا معتمدًا</translation>
    </message>
    <message>
        <source>the bundle claims a creation time later than this clock</source>
        <translation>تدّعي الحزمة وقت إنشاء لاحقًا لساعة هذا الحاسوب</translation>
    </message>
    <message>
        <source>the bundle&apos;s creation time lies outside the signer certificate&apos;s validity</source>
        <translation>وقت إنشاء الحزمة خارج مدة صلاحية شهادة الموقِّع</translation>
    </message>
    <message>
        <source>member %1 differs from what was signed</source>
        <translation>الجزء %1 يختلف عمّا وُقِّع</translation>
    </message>
    <message>
        <source>member %1 decrypts to other content</source>
        <translation>فكّ تشفير الجزء %1 يعطي محتوى آخر</translation>
    </message>
    <message>
        <source>the bundle was not encrypted for key %1; use another key</source>
        <translation>لم تُشفَّر الحزمة للمفتاح %1؛ استخدم مفتاحًا آخر</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>المستند ليس كائن ⁦JSON⁩</translation>
    </message>
    <message>
        <source>the document disagrees with the manifest on %1</source>
        <translation>يخالف المستند بيان المحتويات في %1</translation>
    </message>
    <message>
        <source>%1: evidence folder does not exist; create it first</source>
        <translation>%1: مجلد الأدلة غير موجود؛ أنشئه أولًا</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>تتعذّر قراءة الملف (%1)</translation>
    </message>
    <message>
        <source>reading failed (%1)</source>
        <translation>فشلت القراءة (%1)</translation>
    </message>
    <message>
        <source>the file ends early</source>
        <translation>ينتهي الملف قبل أوانه</translation>
    </message>
    <message>
        <source>the signature does not match; the bundle was altered</source>
        <translation>التوقيع غير مطابق؛ عُدِّلت الحزمة</translation>
    </message>
    <message>
        <source>the content key does not decrypt with this key</source>
        <translation>لا يُفكّ تشفير مفتاح المحتوى بهذا المفتاح</translation>
    </message>
    <message>
        <source>the document is not valid JSON</source>
        <translation>المستند ليس ⁦JSON⁩ صالحًا</translation>
    </message>
    <message>
        <source>%1: writing evidence failed (%2); nothing was kept. Free space or choose another folder</source>
        <translation>%1: فشلت كتابة الأدلة (%2)؛ لم يُحفظ شيء. حرّر مساحة أو اختر مجلدًا آخر</translation>
    </message>
    <message>
        <source>member %1 chunk %2 does not decrypt</source>
        <translation>لا يُفكّ تشفير المقطع %2 من الجزء %1</translation>
    </message>
    <message>
        <source>a %1 bundle carries a &apos;%2&apos; document, not %3</source>
        <translation>حزمة من نوع %1 تحمل مستندًا من نوع &apos;%2&apos; وليس %3</translation>
    </message>
    <message>
        <source>the assessment document is too large for a bundle</source>
        <translation>مستند التقييم أكبر من أن تحمله حزمة</translation>
    </message>
    <message>
        <source>evidence %1 no longer matches its recorded SHA-256; the stored file is damaged, re-attach it and export again</source>
        <translation>الدليل %1 لم يعد يطابق بصمة ⁦SHA-256⁩ المسجّلة له؛ الملف المحفوظ تالف، أرفقه من جديد ثم صدّر مرة أخرى</translation>
    </message>
    <message>
        <source>%1 is smaller than its recorded %2 bytes; re-attach it</source>
        <translation>%1 أصغر من حجمه المسجّل البالغ %2 بايت؛ أرفقه من جديد</translation>
    </message>
    <message>
        <source>the signing key does not match the installed certificate</source>
        <translation>مفتاح التوقيع لا يطابق الشهادة المثبّتة</translation>
    </message>
    <message>
        <source>a %1 bundle must be signed with role %2; this certificate holds role &apos;%3&apos;; ask CoMSEC for the right certificate</source>
        <translation>يجب أن تُوقَّع حزمة %1 بدور %2؛ هذه الشهادة تحمل الدور &apos;%3&apos;؛ اطلب الشهادة الصحيحة من الأمانة العامة لمجلس الوزراء</translation>
    </message>
    <message>
        <source>a bundle needs at least one recipient; install the trust settings</source>
        <translation>تحتاج الحزمة إلى مستلم واحد على الأقل؛ ثبّت إعدادات الثقة</translation>
    </message>
    <message>
        <source>at most %1 recipients per bundle</source>
        <translation>الحد الأقصى لعدد المستلمين في الحزمة الواحدة: %1</translation>
    </message>
    <message>
        <source>recipients use different HPKE suites (%1)</source>
        <translation>يستخدم المستلمون مجموعات ⁦HPKE⁩ مختلفة (%1)</translation>
    </message>
    <message>
        <source>at most %1 evidence files per bundle</source>
        <translation>الحد الأقصى لعدد ملفات الأدلة في الحزمة الواحدة: %1</translation>
    </message>
    <message>
        <source>the bundle document cannot be written as JSON (%1)</source>
        <translation>تتعذّر كتابة مستند الحزمة بصيغة ⁦JSON⁩ (%1)</translation>
    </message>
    <message>
        <source>too many evidence files for one bundle (manifest over its limit)</source>
        <translation>ملفات الأدلة أكثر مما تتسع له حزمة واحدة (بيان المحتويات تجاوز حدّه)</translation>
    </message>
    <message>
        <source>%1 is larger than its recorded %2 bytes; re-attach it</source>
        <translation>%1 أكبر من حجمه المسجّل البالغ %2 بايت؛ أرفقه من جديد</translation>
    </message>
    <message>
        <source>evidence digest %1 is malformed or listed twice</source>
        <translation>بصمة الدليل %1 مشوّهة أو مكررة</translation>
    </message>
    <message>
        <source>evidence %1 is too large for a bundle</source>
        <translation>الدليل %1 أكبر من أن تحمله حزمة</translation>
    </message>
    <message>
        <source>the manifest is malformed: %1</source>
        <translation>بيان المحتويات مشوّه: %1</translation>
    </message>
    <message>
        <source>this profile&apos;s certificate cannot sign assessments (%1); ask CoMSEC for a new one</source>
        <translation>لا يمكن لشهادة هذا الملف الشخصي توقيع التقييمات (%1)؛ اطلب شهادة جديدة من الأمانة العامة لمجلس الوزراء</translation>
    </message>
    <message>
        <source>this profile&apos;s certificate cannot sign a consensus (%1); a team-lead certificate from CoMSEC is needed</source>
        <translation>لا يمكن لشهادة هذا الملف الشخصي توقيع التوافق (%1)؛ يلزم شهادة قائد فريق من الأمانة العامة لمجلس الوزراء</translation>
    </message>
    <message>
        <source>%1: no CA here (root.pem missing); run &apos;ipms admin init&apos; first</source>
        <translation>%1: لا توجد سلطة تصديق هنا (⁦root.pem⁩ مفقود)؛ شغّل ⁦&apos;ipms admin init&apos;⁩ أولًا</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: تتعذّر القراءة (%2)</translation>
    </message>
    <message>
        <source>%1: not a PEM certificate</source>
        <translation>%1: ليست شهادة ⁦PEM⁩</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1: %2؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>item %1 is not in framework %2</source>
        <translation>البند %1 غير موجود في الإطار %2</translation>
    </message>
    <message>
        <source>item %1 has %2 %3; --remove takes 1 to %2</source>
        <translation>للبند %1 عدد %2 من %3؛ يقبل ⁦--remove⁩ من 1 إلى %2</translation>
    </message>
    <message>
        <source>--out %1: framework files are JSON; name it %2.json</source>
        <translation>⁦--out⁩ %1: ملفات الأطر بصيغة ⁦JSON⁩؛ سمّه ⁦%2.json⁩</translation>
    </message>
    <message>
        <source>give bundles to merge, or --statement FILE to install</source>
        <translation>حدّد الحزم المراد دمجها، أو ⁦--statement FILE⁩ للتثبيت</translation>
    </message>
    <message>
        <source>no profile in %1; create one with `ipms profile create --profile %1 --name NAME`</source>
        <translation>لا يوجد ملف شخصي في %1؛ أنشئ واحدًا بالأمر ⁦`ipms profile create --profile %1 --name NAME`⁩</translation>
    </message>
    <message>
        <source>profile %1 failed verification; restore the latest backup with `ipms profile restore`</source>
        <translation>فشل التحقق من الملف الشخصي %1؛ استعد أحدث نسخة احتياطية بالأمر ⁦`ipms profile restore`⁩</translation>
    </message>
    <message>
        <source>%1 needed: no terminal to ask on; set %2 for scripts</source>
        <translation>%1 مطلوب: لا توجد طرفية للسؤال؛ اضبط %2 للبرامج النصية</translation>
    </message>
    <message>
        <source>nothing was typed; nothing was changed</source>
        <translation>لم يُكتب شيء؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>%1 is set but empty</source>
        <translation>%1 مضبوط لكنه فارغ</translation>
    </message>
    <message>
        <source>the two entries differ; nothing was changed</source>
        <translation>المُدخلان مختلفان؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>no input; set %1 or type it at the terminal</source>
        <translation>لا يوجد إدخال؛ اضبط %1 أو اكتبه في الطرفية</translation>
    </message>
    <message>
        <source>--extract-signature takes exactly one bundle</source>
        <translation>يقبل ⁦--extract-signature⁩ حزمة واحدة بالضبط</translation>
    </message>
    <message>
        <source>no individual assessments of %1 for cycle %2 are merged in this database; merge the team&apos;s bundles first (ipms merge)</source>
        <translation>لم يُدمج في قاعدة البيانات هذه أي تقييم فردي لـ%1 في الدورة %2؛ ادمج حزم الفريق أولًا (⁦ipms merge⁩)</translation>
    </message>
    <message>
        <source>the assessments of %1 for cycle %2 were scored against different framework versions or panels (%3); they cannot be compared</source>
        <translation>قُيِّمت تقييمات %1 في الدورة %2 وفق إصدارات أو لوحات مختلفة من الإطار (%3)؛ لا يمكن مقارنتها</translation>
    </message>
    <message>
        <source>item %1 is not in framework %2; its items are %3</source>
        <translation>البند %1 غير موجود في الإطار %2؛ بنوده هي %3</translation>
    </message>
    <message>
        <source>%1: unknown attribute; attributes of this item: %2</source>
        <translation>%1: سمة غير معروفة؛ سمات هذا البند: %2</translation>
    </message>
    <message>
        <source>unknown list %1; use one of %2</source>
        <translation>قائمة غير معروفة %1؛ استخدم واحدة من %2</translation>
    </message>
    <message>
        <source>%1: a consensus score that overrides the mean needs a justification</source>
        <translation>%1: درجة التوافق التي تتجاوز المتوسط تحتاج إلى تبرير</translation>
    </message>
    <message>
        <source>PostgreSQL is reached through psycopg 3: write postgresql+psycopg://... instead of %1://...</source>
        <translation>يُتّصل بـ⁦PostgreSQL⁩ عبر ⁦psycopg⁩ 3: اكتب ⁦postgresql+psycopg://...⁩ بدلًا من %1://...</translation>
    </message>
    <message>
        <source>folder %1 does not exist; create it or choose another path</source>
        <translation>المجلد %1 غير موجود؛ أنشئه أو اختر مسارًا آخر</translation>
    </message>
    <message>
        <source>unsupported database address %1://...; give a file path for a local consolidation file or postgresql+psycopg://USER@HOST/DB</source>
        <translation>عنوان قاعدة بيانات غير مدعوم %1://...؛ أعطِ مسار ملف لملف تجميع مركزي محلي أو ⁦postgresql+psycopg://USER@HOST/DB⁩</translation>
    </message>
    <message>
        <source>the PostgreSQL address is malformed; use postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB</source>
        <translation>عنوان ⁦PostgreSQL⁩ مشوّه؛ استخدم ⁦postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB⁩</translation>
    </message>
    <message>
        <source>%1 does not exist; a recovery code cannot create it</source>
        <translation>%1 غير موجود؛ لا يمكن لرمز الاسترداد إنشاؤه</translation>
    </message>
    <message>
        <source>consolidation file %1: %2; nothing was changed</source>
        <translation>ملف التجميع المركزي %1: %2؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>cannot create the key-slot file %1: %2; check the folder&apos;s permissions and free space</source>
        <translation>يتعذّر إنشاء ملف خانات المفاتيح %1: %2؛ تحقّق من أذونات المجلد والمساحة الفارغة</translation>
    </message>
    <message>
        <source>consolidation database %1 has schema version %2, newer than this application knows; update IPMS Desktop. Nothing was changed</source>
        <translation>قاعدة بيانات التجميع المركزي %1 بإصدار مخطط %2، أحدث مما يعرفه هذا التطبيق؛ حدّث ⁦IPMS Desktop.⁩ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>cannot copy %1 beside the backup %2: %3; nothing was upgraded</source>
        <translation>يتعذّر نسخ %1 بجانب النسخة الاحتياطية %2: %3؛ لم يُرقَّ شيء</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server: %1; check the address, the user and password, and that the server is running</source>
        <translation>يتعذّر الوصول إلى خادم ⁦PostgreSQL:⁩ %1؛ تحقّق من العنوان واسم المستخدم وكلمة المرور ومن أن الخادم يعمل</translation>
    </message>
    <message>
        <source>a local consolidation file needs a passphrase</source>
        <translation>يحتاج ملف التجميع المركزي المحلي إلى عبارة مرور</translation>
    </message>
    <message>
        <source>%1 exists but its key-slot file %2 is missing; restore it from the backup of that folder (without it the file cannot be opened)</source>
        <translation>%1 موجود لكن ملف خانات مفاتيحه %2 مفقود؛ استعده من النسخة الاحتياطية لذلك المجلد (لا يمكن فتح الملف بدونه)</translation>
    </message>
    <message>
        <source>consolidation file %1 cannot be opened (%2); if it was damaged, restore it from a backup</source>
        <translation>يتعذّر فتح ملف التجميع المركزي %1 (%2)؛ إن كان تالفًا فاستعده من نسخة احتياطية</translation>
    </message>
    <message>
        <source>scored against framework %1 version %2, but this installation ships %3; update IPMS Desktop to the release that carries that framework version</source>
        <translation>قُيِّم وفق الإطار %1 بالإصدار %2، لكن هذا التثبيت يحوي %3؛ حدّث ⁦IPMS Desktop⁩ إلى الإصدار الذي يحمل إصدار الإطار ذاك</translation>
    </message>
    <message>
        <source>bundle kind %1 cannot be merged; expected one of %2</source>
        <translation>لا يمكن دمج حزمة من النوع %1؛ المتوقع واحد من %2</translation>
    </message>
    <message>
        <source>the bundle&apos;s document is not a JSON object</source>
        <translation>مستند الحزمة ليس كائن ⁦JSON⁩</translation>
    </message>
    <message>
        <source>a %1 bundle must carry an %2 document, found %3</source>
        <translation>يجب أن تحمل حزمة %1 مستندًا من نوع %2، ووُجد %3</translation>
    </message>
    <message>
        <source>document format %1 is not supported (this version reads format %2); update IPMS Desktop</source>
        <translation>صيغة المستند %1 غير مدعومة (هذا الإصدار يقرأ الصيغة %2)؛ حدّث ⁦IPMS Desktop⁩</translation>
    </message>
    <message>
        <source>the document lacks its &apos;framework&apos; or &apos;%1&apos; block</source>
        <translation>يفتقد المستند كتلة ⁦&apos;framework&apos;⁩ أو &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the bundle names no institution</source>
        <translation>لا تسمّي الحزمة أي مؤسسة</translation>
    </message>
    <message>
        <source>the document&apos;s panel (%1) is not a panel of framework %2 (it has %3); the bundle is inconsistent</source>
        <translation>لوحة المستند (%1) ليست من لوحات الإطار %2 (لوحاته %3)؛ الحزمة غير متسقة</translation>
    </message>
    <message>
        <source>the document has no &apos;items&apos; object</source>
        <translation>لا يحوي المستند كائن ⁦&apos;items&apos;⁩</translation>
    </message>
    <message>
        <source>%1: &apos;evidence&apos; must list objects with sha256, name, size, media_type</source>
        <translation>%1: يجب أن تسرد ⁦&apos;evidence&apos;⁩ كائنات فيها ⁦sha256⁩ و⁦name⁩ و⁦size⁩ و⁦media_type⁩</translation>
    </message>
    <message>
        <source>%1: evidence %2 has the digest %3, not 64 lowercase hexadecimal digits</source>
        <translation>%1: بصمة الدليل %2 هي %3، وليست 64 رقمًا ست عشريًا بأحرف صغيرة</translation>
    </message>
    <message>
        <source>%1: evidence %2 has the size %3, not a whole number of bytes</source>
        <translation>%1: حجم الدليل %2 هو %3، وليس عددًا صحيحًا من البايتات</translation>
    </message>
    <message>
        <source>%1: evidence %2 (sha256 %3) is listed but the bundle does not carry it</source>
        <translation>%1: الدليل %2 (⁦sha256⁩ %3) مُدرج لكن الحزمة لا تحمله</translation>
    </message>
    <message>
        <source>%1: evidence %2 is listed as %3 bytes but the bundle carries %4 bytes</source>
        <translation>%1: الدليل %2 مُدرج بحجم %3 بايت لكن الحزمة تحمل %4 بايت</translation>
    </message>
    <message>
        <source>framework %1 is not available here (%2)</source>
        <translation>الإطار %1 غير متاح هنا (%2)</translation>
    </message>
    <message>
        <source>the document&apos;s %1 (%2) differs from the signed manifest&apos;s (%3); the bundle is inconsistent</source>
        <translation>قيمة %1 في المستند (%2) تختلف عنها في بيان المحتويات الموقَّع (%3)؛ الحزمة غير متسقة</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>يجب أن يكون %1 كائنًا</translation>
    </message>
    <message>
        <source>%1: &apos;evidence&apos; must be a list</source>
        <translation>%1: يجب أن تكون ⁦&apos;evidence&apos;⁩ قائمة</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list of texts</source>
        <translation>%1: يجب أن يكون &apos;%2&apos; قائمة نصوص</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a text</source>
        <translation>%1: يجب أن يكون &apos;%2&apos; نصًا</translation>
    </message>
    <message>
        <source>the bundle names no institution (the name is empty or invisible)</source>
        <translation>لا تسمّي الحزمة أي مؤسسة (الاسم فارغ أو غير مرئي)</translation>
    </message>
    <message>
        <source>the institution&apos;s name holds a control character, so the bundle names no institution it can be filed under</source>
        <translation>يحوي اسم المؤسسة محرف تحكم، فلا تسمّي الحزمة مؤسسة يمكن حفظها تحتها</translation>
    </message>
    <message>
        <source>item %1, %2: score %3 is not a whole number</source>
        <translation>البند %1، %2: الدرجة %3 ليست عددًا صحيحًا</translation>
    </message>
    <message>
        <source>bundle id %1 was already merged with different content; one of the two files is not what its sender exported</source>
        <translation>دُمجت الحزمة ذات المعرّف %1 سابقًا بمحتوى مختلف؛ أحد الملفين ليس ما صدّره مُرسِله</translation>
    </message>
    <message>
        <source>revision %1 of %2 %3 was already merged from bundle %4 with different content; ask the sender to export a new revision</source>
        <translation>دُمجت النسخة %1 من %2 %3 سابقًا من الحزمة %4 بمحتوى مختلف؛ اطلب من المُرسِل تصدير نسخة جديدة</translation>
    </message>
    <message>
        <source>cannot write to quarantine folder %1: %2</source>
        <translation>تتعذّر الكتابة في مجلد الحجر %1: %2</translation>
    </message>
    <message>
        <source>key-link-clash: %1 %2 was merged both under the earlier and under the later key as separate lineages; they cannot be joined automatically. Ask CoMSEC&apos;s support to decide which is the assessor&apos;s</source>
        <translation>⁦key-link-clash:⁩ دُمج %1 %2 تحت المفتاح السابق وتحت المفتاح اللاحق كسلسلتين منفصلتين؛ لا يمكن وصلهما تلقائيًا. اطلب من دعم الأمانة العامة لمجلس الوزراء أن يحدّد أيهما للمقيِّم</translation>
    </message>
    <message>
        <source>a different key link for key %1 is already installed; a key continues exactly one earlier key</source>
        <translation>رابط مفتاح مختلف للمفتاح %1 مثبّت سابقًا؛ المفتاح يكمل مفتاحًا سابقًا واحدًا فقط</translation>
    </message>
    <message>
        <source>this key link would make a key continue itself; nothing was installed</source>
        <translation>رابط المفتاح هذا يجعل المفتاح يكمل نفسه؛ لم يُثبَّت شيء</translation>
    </message>
    <message>
        <source>%1: not a team assignments or key link file (it says %2)</source>
        <translation>%1: ليس ملف تكليفات فرق ولا ملف روابط مفاتيح (يقول %2)</translation>
    </message>
    <message>
        <source>assignments-older: team assignments for cycle %1 serial %2 are older than the installed serial %3; use the newest file CoMSEC published</source>
        <translation>⁦assignments-older:⁩ تكليفات الفرق للدورة %1 ذات الرقم التسلسلي %2 أقدم من الرقم المثبّت %3؛ استخدم أحدث ملف نشرته الأمانة العامة لمجلس الوزراء</translation>
    </message>
    <message>
        <source>assignment-missing: no team assignments for cycle %1 are installed in this database, so no team lead is known for %2; install CoMSEC&apos;s signed assignments for cycle %1 (ipms merge --statement FILE) and merge again</source>
        <translation>⁦assignment-missing:⁩ لا توجد تكليفات فرق مثبّتة للدورة %1 في قاعدة البيانات هذه، فلا يُعرف قائد فريق لـ%2؛ ثبّت التكليفات الموقَّعة من الأمانة العامة لمجلس الوزراء للدورة %1 (⁦ipms merge --statement FILE⁩) ثم ادمج مجددًا</translation>
    </message>
    <message>
        <source>lead-not-assigned: CoMSEC&apos;s assignments for cycle %1 (serial %2) assign no team to %3</source>
        <translation>⁦lead-not-assigned:⁩ تكليفات الأمانة العامة لمجلس الوزراء للدورة %1 (الرقم التسلسلي %2) لا تكلّف أي فريق بـ%3</translation>
    </message>
    <message>
        <source>lead-not-assigned: %1 is assigned to team lead %2 for cycle %3 (assignments serial %4); a consensus signed by anyone else is refused</source>
        <translation>⁦lead-not-assigned:⁩ %1 مكلّف بها قائد الفريق %2 للدورة %3 (تكليفات برقم تسلسلي %4)؛ يُرفض التوافق الذي يوقّعه غيره</translation>
    </message>
    <message>
        <source>based-on-invalid: the consensus must list the individual assessments it rests on (&apos;based_on&apos;, 1 to %1 entries)</source>
        <translation>⁦based-on-invalid:⁩ يجب أن يسرد التوافق التقييمات الفردية التي يستند إليها (⁦&apos;based_on&apos;⁩، بعدد مُدخلات بين 1 و%1)</translation>
    </message>
    <message>
        <source>assessor-not-assigned: the signer is not among the assessors CoMSEC assigned to %1 for cycle %2 (assignments serial %3)</source>
        <translation>⁦assessor-not-assigned:⁩ الموقِّع ليس من المقيِّمين الذين كلّفتهم الأمانة العامة لمجلس الوزراء بـ%1 للدورة %2 (تكليفات برقم تسلسلي %3)</translation>
    </message>
    <message>
        <source>based-on-invalid: each &apos;based_on&apos; entry must name a bundle_id</source>
        <translation>⁦based-on-invalid:⁩ يجب أن يسمّي كل مُدخل في ⁦&apos;based_on&apos;⁩ معرّف حزمة ⁦bundle_id⁩</translation>
    </message>
    <message>
        <source>based-on-invalid: bundle %1 is listed twice</source>
        <translation>⁦based-on-invalid:⁩ الحزمة %1 مُدرجة مرتين</translation>
    </message>
    <message>
        <source>based-on-invalid: the consensus rests on bundle %1, which is not merged here; merge the team&apos;s individual assessments first, then this consensus</source>
        <translation>⁦based-on-invalid:⁩ يستند التوافق إلى الحزمة %1 وهي غير مدموجة هنا؛ ادمج التقييمات الفردية للفريق أولًا ثم هذا التوافق</translation>
    </message>
    <message>
        <source>based-on-invalid: bundle %1 is not an individual assessment of %2 for cycle %3</source>
        <translation>⁦based-on-invalid:⁩ الحزمة %1 ليست تقييمًا فرديًا لـ%2 في الدورة %3</translation>
    </message>
    <message>
        <source>based-on-invalid: the consensus names bundle %1 as assessment %2 revision %3, but that bundle is %4 revision %5</source>
        <translation>⁦based-on-invalid:⁩ يسمّي التوافق الحزمة %1 على أنها التقييم %2 بالنسخة %3، لكن تلك الحزمة هي %4 بالنسخة %5</translation>
    </message>
    <message>
        <source>based-on-invalid: bundle %1 is not by an assessor assigned to %2</source>
        <translation>⁦based-on-invalid:⁩ الحزمة %1 ليست من مقيِّم مكلّف بـ%2</translation>
    </message>
    <message>
        <source>consolidation database %1: %2; nothing of the failed step was written</source>
        <translation>قاعدة بيانات التجميع المركزي %1: %2؛ لم يُكتب شيء من الخطوة الفاشلة</translation>
    </message>
    <message>
        <source>%1. This consolidation database has already used trust settings serial %2; merge with that file or a newer one</source>
        <translation>%1. استخدمت قاعدة بيانات التجميع المركزي هذه سابقًا إعدادات الثقة ذات الرقم التسلسلي %2؛ ادمج بذلك الملف أو بملف أحدث</translation>
    </message>
    <message>
        <source>%1 %2 is a folder; choose the file itself</source>
        <translation>%1 %2 مجلد؛ اختر الملف نفسه</translation>
    </message>
    <message>
        <source>%1 %2 is not an ordinary file (a pipe or a device); copy it to a file first</source>
        <translation>%1 %2 ليس ملفًا عاديًا (أنبوب أو جهاز)؛ انسخه إلى ملف أولًا</translation>
    </message>
    <message>
        <source>%1 %2 is %3 bytes, more than the %4 such a file can be; check that it is the right file</source>
        <translation>%1 %2 حجمه %3 بايت، أكبر من الحد %4 لمثل هذا الملف؛ تأكّد من أنه الملف الصحيح</translation>
    </message>
    <message>
        <source>%1 %2 grew past %3 bytes while being read</source>
        <translation>%1 %2 تجاوز %3 بايت أثناء قراءته</translation>
    </message>
    <message>
        <source>%1 nests %2 levels deep, more than the %3 any IPMS file needs; check that it is the right file</source>
        <translation>عدد مستويات التداخل في %1 هو %2، وهو أكثر من %3 الذي يحتاجه أي ملف ⁦IPMS⁩؛ تأكّد من أنه الملف الصحيح</translation>
    </message>
    <message>
        <source>%1: %2 holds %3, which is not a plain number; write numbers as plain decimals such as 55 or 47.5 (at most %4 characters, no exponent, NaN or Infinity)</source>
        <translation>%1: يحوي %2 القيمة %3 وهي ليست عددًا بسيطًا؛ اكتب الأعداد بصيغة عشرية بسيطة مثل 55 أو 47.5 (عدد محارفها %4 على الأكثر، بلا أس ولا ⁦NaN⁩ ولا ⁦Infinity⁩)</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 غير موجود</translation>
    </message>
    <message>
        <source>%1 %2 cannot be read: %3</source>
        <translation>تتعذّر قراءة %1 %2: %3</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte %2); save it as UTF-8</source>
        <translation>%1 ليس نصًا بترميز ⁦UTF-8⁩ (البايت %2)؛ احفظه بترميز ⁦UTF-8⁩</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation>%1 ليس ⁦JSON⁩ صالحًا: %2 في السطر %3، العمود %4</translation>
    </message>
    <message>
        <source>%1: the key %2 appears twice in one object; keep one of them</source>
        <translation>%1: المفتاح %2 مكرر في كائن واحد؛ أبقِ واحدًا منهما</translation>
    </message>
    <message>
        <source>not enough disk space to write %1: %2; free some space (or choose another drive) and try again; nothing was changed</source>
        <translation>لا توجد مساحة كافية على القرص لكتابة %1: %2؛ حرّر بعض المساحة (أو اختر محركًا آخر) وحاول مجددًا؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 does not exist; create it or choose another; nothing was changed</source>
        <translation>تتعذّر كتابة %1: المجلد %2 غير موجود؛ أنشئه أو اختر غيره؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>could not write %1: %2; check the drive (reinsert a removable one) and its permissions and try again; nothing was changed</source>
        <translation>تعذّرت كتابة %1: %2؛ افحص المحرك (أعد إدخال المحرك القابل للإزالة) وأذوناته وحاول مجددًا؛ لم يتغيّر شيء</translation>
    </message>
    <message>
        <source>framework file %1: id &apos;%2&apos; does not match the file name; name the file %2.json</source>
        <translation>ملف الإطار %1: المعرّف &apos;%2&apos; لا يطابق اسم الملف؛ سمِّ الملف ⁦%2.json⁩</translation>
    </message>
    <message>
        <source>unknown framework &apos;%1&apos;; known frameworks: %2</source>
        <translation>إطار غير معروف &apos;%1&apos;؛ الأطر المعروفة: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook (.xlsx); export a template with &apos;ipms frameworks export ID --xlsx FILE&apos;, edit it in Excel or LibreOffice and save it as .xlsx</source>
        <translation>%1 ليس مصنف ⁦Excel⁩ قابلًا للقراءة (⁦.xlsx⁩)؛ صدّر قالبًا بالأمر ⁦&apos;ipms frameworks export ID --xlsx FILE&apos;⁩، وعدّله في ⁦Excel⁩ أو ⁦LibreOffice⁩ واحفظه بصيغة ⁦.xlsx⁩</translation>
    </message>
    <message>
        <source>framework workbook %1: %2</source>
        <translation>مصنف الإطار %1: %2</translation>
    </message>
    <message>
        <source>framework workbook %1 is damaged or not a workbook Excel writes (%2); save it again from Excel or LibreOffice</source>
        <translation>مصنف الإطار %1 تالف أو ليس مصنفًا يكتبه ⁦Excel⁩ (%2)؛ احفظه مجددًا من ⁦Excel⁩ أو ⁦LibreOffice⁩</translation>
    </message>
    <message>
        <source>the framework text %1 contains a control character Excel cannot store; remove it from the framework file and export again</source>
        <translation>نص الإطار %1 يحوي محرف تحكم لا يستطيع ⁦Excel⁩ حفظه؛ احذفه من ملف الإطار وصدّر مجددًا</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook (.xlsx): %2; export a template with &apos;ipms frameworks export ID --xlsx FILE&apos;, edit it in Excel and save it as an Excel workbook</source>
        <translation>%1 ليس مصنف ⁦Excel⁩ قابلًا للقراءة (⁦.xlsx⁩): %2؛ صدّر قالبًا بالأمر ⁦&apos;ipms frameworks export ID --xlsx FILE&apos;⁩، وعدّله في ⁦Excel⁩ واحفظه مصنفَ ⁦Excel⁩</translation>
    </message>
    <message>
        <source>framework %1 is invalid: %2</source>
        <translation>الإطار %1 غير صالح: %2</translation>
    </message>
    <message numerus="yes">
        <source>framework workbook %1 has %n problem(s): %2</source>
        <translation>
            <numerusform>مصنف الإطار %1 لا مشكلات فيه: %2</numerusform>
            <numerusform>في مصنف الإطار %1 مشكلة واحدة: %2</numerusform>
            <numerusform>في مصنف الإطار %1 مشكلتان: %2</numerusform>
            <numerusform>في مصنف الإطار %1 %n مشكلات: %2</numerusform>
            <numerusform>في مصنف الإطار %1 %n مشكلةً: %2</numerusform>
            <numerusform>في مصنف الإطار %1 %n مشكلة: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>ولا مشكلات أخرى</numerusform>
            <numerusform>ومشكلة أخرى واحدة</numerusform>
            <numerusform>ومشكلتان أخريان</numerusform>
            <numerusform>و%n مشكلات أخرى</numerusform>
            <numerusform>و%n مشكلةً أخرى</numerusform>
            <numerusform>و%n مشكلة أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>قيمة منطقية (⁦true/false⁩)</translation>
    </message>
    <message>
        <source>text &apos;%1&apos;</source>
        <translation>النص &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a long text</source>
        <translation>نص طويل</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>قائمة</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>العدد %1</translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation>يجب أن تكون القيمة كائنًا، والموجود: %1</translation>
    </message>
    <message>
        <source>must be a list, found %1</source>
        <translation>يجب أن تكون القيمة قائمة، والموجود: %1</translation>
    </message>
    <message>
        <source>must be a non-empty string, found %1</source>
        <translation>يجب أن تكون القيمة نصًا غير فارغ، والموجود: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>&apos;%1&apos; ليس معرّفًا صالحًا (أحرف لاتينية صغيرة وأرقام و⁦&apos;.&apos;⁩ و⁦&apos;_&apos;⁩ و⁦&apos;-&apos;⁩)</translation>
    </message>
    <message>
        <source>must be a whole number, found %1</source>
        <translation>يجب أن تكون القيمة عددًا صحيحًا، والموجود: %1</translation>
    </message>
    <message>
        <source>must be at least %1, found %2</source>
        <translation>يجب ألا تقل القيمة عن %1، والموجود: %2</translation>
    </message>
    <message>
        <source>must be a text object with %1</source>
        <translation>يجب أن تكون القيمة كائنًا نصيًا فيه %1</translation>
    </message>
    <message>
        <source>missing or empty translation</source>
        <translation>الترجمة مفقودة أو فارغة</translation>
    </message>
    <message>
        <source>unknown language key(s) %1</source>
        <translation>مفاتيح لغات غير معروفة: %1</translation>
    </message>
    <message>
        <source>duplicate band id &apos;%1&apos;</source>
        <translation>معرّف الفئة &apos;%1&apos; مكرر</translation>
    </message>
    <message>
        <source>duplicate element id &apos;%1&apos;</source>
        <translation>معرّف العنصر &apos;%1&apos; مكرر</translation>
    </message>
    <message>
        <source>duplicate attribute id &apos;%1&apos;</source>
        <translation>معرّف الخاصية &apos;%1&apos; مكرر</translation>
    </message>
    <message>
        <source>duplicate criterion id &apos;%1&apos;</source>
        <translation>معرّف المعيار &apos;%1&apos; مكرر</translation>
    </message>
    <message>
        <source>duplicate item id &apos;%1&apos;</source>
        <translation>معرّف البند &apos;%1&apos; مكرر</translation>
    </message>
    <message>
        <source>duplicate panel id &apos;%1&apos;</source>
        <translation>معرّف اللوحة &apos;%1&apos; مكرر</translation>
    </message>
    <message>
        <source>duplicate attribute set id &apos;%1&apos;</source>
        <translation>معرّف مجموعة الخصائص &apos;%1&apos; مكرر</translation>
    </message>
    <message>
        <source>at least one band is required</source>
        <translation>يلزم وجود فئة واحدة على الأقل</translation>
    </message>
    <message>
        <source>is %1 but must be %2 so bands cover the scale without gaps or overlaps</source>
        <translation>يجب أن تكون %2 لا %1، لتغطي الفئات المقياس بلا فجوات ولا تداخل</translation>
    </message>
    <message>
        <source>%1 is below min %2</source>
        <translation>%1 أقل من الحد الأدنى %2</translation>
    </message>
    <message>
        <source>is %1 but must end at %2</source>
        <translation>يجب أن تنتهي عند %2 لا %1</translation>
    </message>
    <message>
        <source>%1 must be above min %2</source>
        <translation>يجب أن تكون %1 أكبر من الحد الأدنى %2</translation>
    </message>
    <message>
        <source>%1 does not divide the scale %2..%3</source>
        <translation>الخطوة %1 لا تقسم المقياس من %2 إلى %3 بالتساوي</translation>
    </message>
    <message>
        <source>must give one entry per band in order (%1), found (%2)</source>
        <translation>يجب أن تضم مُدخلًا واحدًا لكل فئة بالترتيب (%1)، والموجود: (%2)</translation>
    </message>
    <message>
        <source>an element needs at least one attribute</source>
        <translation>يحتاج العنصر إلى خاصية واحدة على الأقل</translation>
    </message>
    <message>
        <source>at least one element is required</source>
        <translation>يلزم وجود عنصر واحد على الأقل</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>يجب أن تكون القيمة واحدة من %1</translation>
    </message>
    <message>
        <source>%1 must be a positive decimal (&apos;0.25&apos;) or fraction (&apos;1/3&apos;) written as a string</source>
        <translation>%1: يجب أن يكون الوزن عددًا عشريًا موجبًا (⁦&apos;0.25&apos;⁩) أو كسرًا (⁦&apos;1/3&apos;⁩) مكتوبًا نصًا</translation>
    </message>
    <message>
        <source>a criterion needs at least one item</source>
        <translation>يحتاج المعيار إلى بند واحد على الأقل</translation>
    </message>
    <message>
        <source>shares add up to %1, not exactly 1</source>
        <translation>مجموع أوزان البنود %1 وليس 1 تمامًا</translation>
    </message>
    <message>
        <source>at least one criterion is required</source>
        <translation>يلزم وجود معيار واحد على الأقل</translation>
    </message>
    <message>
        <source>names unknown attribute set %1</source>
        <translation>يشير إلى مجموعة خصائص غير معروفة: %1</translation>
    </message>
    <message>
        <source>at least one panel is required</source>
        <translation>يلزم وجود لوحة واحدة على الأقل</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>يجب أن تكون القيمة ⁦true⁩ أو ⁦false⁩</translation>
    </message>
    <message>
        <source>must be listed in ascending min_total</source>
        <translation>يجب أن تُرتَّب تصاعديًا حسب ⁦min_total⁩</translation>
    </message>
    <message>
        <source>must be one of %1, found %2</source>
        <translation>يجب أن تكون القيمة واحدة من %1، والموجود: %2</translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation>يجب أن تكون القيمة %1، والموجود: %2</translation>
    </message>
    <message>
        <source>must be 100 when the scale is percent</source>
        <translation>يجب أن تكون 100 عندما يكون المقياس نسبة مئوية</translation>
    </message>
    <message>
        <source>points add up to %1, not total_points %2</source>
        <translation>مجموع النقاط %1، وليس قيمة ⁦total_points⁩ البالغة %2</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>مفتاح غير معروف</translation>
    </message>
    <message>
        <source>the sheet is missing; the template needs the sheets %1 (export a fresh template to see the layout)</source>
        <translation>الورقة مفقودة؛ يحتاج القالب إلى الأوراق %1 (صدّر قالبًا جديدًا لترى ترتيبه)</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns of %2 are %3</source>
        <translation>عمود غير معروف &apos;%1&apos;؛ أعمدة الورقة %2 هي %3</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>العمود &apos;%1&apos; مكرر</translation>
    </message>
    <message>
        <source>missing column(s) %1 in the header row; the columns of %2 are %3</source>
        <translation>أعمدة مفقودة في صف العناوين: %1؛ أعمدة الورقة %2 هي %3</translation>
    </message>
    <message>
        <source>value in a column without a header; move it into a named column or delete it</source>
        <translation>قيمة في عمود بلا عنوان؛ انقلها إلى عمود له اسم أو احذفها</translation>
    </message>
    <message>
        <source>%1 holds a formula; type the value itself</source>
        <translation>%1: الخلية فيها صيغة؛ اكتب القيمة نفسها</translation>
    </message>
    <message>
        <source>%1 an empty cell is not a whole number</source>
        <translation>%1: الخلية فارغة، ويلزم عدد صحيح</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number</source>
        <translation>%1: &apos;%2&apos; ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>%1 an empty cell must be TRUE or FALSE</source>
        <translation>%1: الخلية فارغة، ويجب أن تكون ⁦TRUE⁩ أو ⁦FALSE⁩</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be TRUE or FALSE</source>
        <translation>%1: القيمة &apos;%2&apos; يجب أن تكون ⁦TRUE⁩ أو ⁦FALSE⁩</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at %2)</source>
        <translation>المفتاح &apos;%1&apos; مكرر (أول ظهور له في %2)</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first at %2)</source>
        <translation>المعرّف &apos;%1&apos; مكرر (أول ظهور له في %2)</translation>
    </message>
    <message>
        <source>duplicate band id in its set &apos;%1&apos; (first at %2)</source>
        <translation>معرّف الفئة &apos;%1&apos; مكرر في مجموعتها (أول ظهور له في %2)</translation>
    </message>
    <message>
        <source>duplicate element id in its set &apos;%1&apos; (first at %2)</source>
        <translation>معرّف العنصر &apos;%1&apos; مكرر في مجموعته (أول ظهور له في %2)</translation>
    </message>
    <message>
        <source>duplicate attribute id in its set &apos;%1&apos; (first at %2)</source>
        <translation>معرّف الخاصية &apos;%1&apos; مكرر في مجموعتها (أول ظهور له في %2)</translation>
    </message>
    <message>
        <source>duplicate guidance band for this attribute &apos;%1&apos; (first at %2)</source>
        <translation>فئة الإرشادات &apos;%1&apos; مكررة لهذه الخاصية (أول ظهور لها في %2)</translation>
    </message>
    <message>
        <source>duplicate panel id &apos;%1&apos; (first at %2)</source>
        <translation>معرّف اللوحة &apos;%1&apos; مكرر (أول ظهور له في %2)</translation>
    </message>
    <message>
        <source>duplicate criterion id &apos;%1&apos; (first at %2)</source>
        <translation>معرّف المعيار &apos;%1&apos; مكرر (أول ظهور له في %2)</translation>
    </message>
    <message>
        <source>duplicate item id &apos;%1&apos; (first at %2)</source>
        <translation>معرّف البند &apos;%1&apos; مكرر (أول ظهور له في %2)</translation>
    </message>
    <message>
        <source>duplicate band id &apos;%1&apos; (first at %2)</source>
        <translation>معرّف المستوى &apos;%1&apos; مكرر (أول ظهور له في %2)</translation>
    </message>
    <message>
        <source>duplicate language &apos;%1&apos; (first at %2)</source>
        <translation>اللغة &apos;%1&apos; مكررة (أول ظهور لها في %2)</translation>
    </message>
    <message>
        <source>unknown sheet; its contents would not be imported. Move the data into %1 or delete the sheet</source>
        <translation>ورقة غير معروفة؛ لن يُستورد محتواها. انقل البيانات إلى %1 أو احذف الورقة</translation>
    </message>
    <message>
        <source>this sheet only displays the texts of the other sheets and is not imported; undo the change here and make it in the sheet named in column A</source>
        <translation>هذه الورقة تعرض نصوص الأوراق الأخرى فقط ولا تُستورد؛ تراجع عن التغيير هنا وأجرِه في الورقة المذكورة في العمود ⁦A⁩</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; the keys are %2</source>
        <translation>مفتاح غير معروف &apos;%1&apos;؛ المفاتيح هي %2</translation>
    </message>
    <message>
        <source>the row for key &apos;%1&apos; is missing</source>
        <translation>صف المفتاح &apos;%1&apos; مفقود</translation>
    </message>
    <message>
        <source>attribute set &apos;%1&apos; is not listed in the %2 sheet</source>
        <translation>مجموعة الخصائص &apos;%1&apos; غير مدرجة في الورقة %2</translation>
    </message>
    <message>
        <source>element &apos;%1&apos; of set &apos;%2&apos; is not listed in the %3 sheet</source>
        <translation>العنصر &apos;%1&apos; من المجموعة &apos;%2&apos; غير مدرج في الورقة %3</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; of set &apos;%2&apos; is not listed in the %3 sheet</source>
        <translation>الخاصية &apos;%1&apos; من المجموعة &apos;%2&apos; غير مدرجة في الورقة %3</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; is not listed in the %2 sheet</source>
        <translation>المعيار &apos;%1&apos; غير مدرج في الورقة %2</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; use one of %2</source>
        <translation>لغة غير معروفة &apos;%1&apos;؛ استخدم واحدة من %2</translation>
    </message>
    <message>
        <source>workbook (%1)</source>
        <translation>المصنف (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>attribute set &apos;%1&apos;</source>
        <translation>مجموعة الخصائص &apos;%1&apos;</translation>
    </message>
    <message>
        <source>band &apos;%1&apos;</source>
        <translation>الفئة &apos;%1&apos;</translation>
    </message>
    <message>
        <source>element &apos;%1&apos;</source>
        <translation>العنصر &apos;%1&apos;</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;</source>
        <translation>الخاصية &apos;%1&apos;</translation>
    </message>
    <message>
        <source>panel &apos;%1&apos;</source>
        <translation>اللوحة &apos;%1&apos;</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;:</source>
        <translation>المعيار &apos;%1&apos;</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;</source>
        <translation>البند &apos;%1&apos;</translation>
    </message>
    <message>
        <source>recognition band &apos;%1&apos;</source>
        <translation>المستوى &apos;%1&apos;</translation>
    </message>
    <message>
        <source>notes in %1</source>
        <translation>الملاحظات بلغة %1</translation>
    </message>
    <message>
        <source>it has %1 parts, more than the %2 a framework workbook can have</source>
        <translation>عدد أجزائه %1، أي أكثر من الحد الأقصى لمصنف الإطار (%2)</translation>
    </message>
    <message>
        <source>it unpacks to %1 bytes, more than the %2 a framework workbook can hold</source>
        <translation>حجمه بعد فك الضغط %1 بايت، أي أكثر من الحد الأقصى لمصنف الإطار (%2)</translation>
    </message>
    <message>
        <source>it has %1 sheets, more than the %2 a framework workbook can have</source>
        <translation>عدد أوراقه %1، أي أكثر من الحد الأقصى لمصنف الإطار (%2)</translation>
    </message>
    <message>
        <source>shared text %1 is %2 characters long, more than a cell can hold (%3)</source>
        <translation>النص المشترك %1 عدد أحرفه %2، أي أكثر مما تتسع له الخلية (%3)</translation>
    </message>
    <message>
        <source>%1: a value below row %2, the last row a framework sheet can use; delete it</source>
        <translation>%1: قيمة تحت الصف %2، وهو آخر صف يمكن أن تستخدمه ورقة الإطار؛ احذفها</translation>
    </message>
    <message>
        <source>%1: a value right of column %2, the last column a framework sheet can use; delete it</source>
        <translation>%1: قيمة بعد العمود %2، وهو آخر عمود يمكن أن تستخدمه ورقة الإطار؛ احذفها</translation>
    </message>
    <message>
        <source>%1: a row numbered %2, which is not a row number</source>
        <translation>%1: صف رقمه %2، وهذا ليس رقم صف</translation>
    </message>
    <message>
        <source>%1: a row numbered %2, outside Excel&apos;s 1 to 1,048,576</source>
        <translation>%1: صف رقمه %2، خارج نطاق ⁦Excel⁩ من 1 إلى ⁦1,048,576⁩</translation>
    </message>
    <message>
        <source>%1: a cell named %2, which is not a cell reference</source>
        <translation>%1: خلية اسمها %2، وهذا ليس مرجع خلية</translation>
    </message>
    <message>
        <source>%1: a cell outside Excel&apos;s sheet (%2)</source>
        <translation>%1: خلية خارج حدود ورقة ⁦Excel⁩: %2</translation>
    </message>
    <message>
        <source>%1: a cell outside Excel&apos;s sheet (unnamed)</source>
        <translation>%1: خلية بلا اسم خارج حدود ورقة ⁦Excel⁩</translation>
    </message>
    <message>
        <source>%1: %2 characters, more than a cell can hold (%3)</source>
        <translation>%1: عدد الأحرف %2، أي أكثر مما تتسع له الخلية (%3)</translation>
    </message>
    <message>
        <source>%1: the number %2 cannot be read (at most %3 characters); type the value again</source>
        <translation>%1: تتعذر قراءة العدد %2 (عدد الأحرف %3 على الأكثر)؛ اكتب القيمة من جديد</translation>
    </message>
    <message>
        <source>%1: refers to shared text %2, which does not exist</source>
        <translation>%1: يشير إلى نص مشترك %2 غير موجود</translation>
    </message>
    <message>
        <source>the form %1 has no %2 &apos;%3&apos;</source>
        <translation>النموذج %1 لا يحوي %2 باسم &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: not an institutions list (expected &quot;document&quot;: &quot;%2&quot;)</source>
        <translation>%1: ليست قائمة مؤسسات (المتوقع ⁦&quot;document&quot;⁩: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: institutions list format %2 is not supported (this version reads %3)</source>
        <translation>%1: صيغة قائمة المؤسسات %2 غير مدعومة (هذا الإصدار يقرأ %3)</translation>
    </message>
    <message>
        <source>%1: &quot;institutions&quot; must be a non-empty list of names</source>
        <translation>%1: يجب أن تكون ⁦&quot;institutions&quot;⁩ قائمة أسماء غير فارغة</translation>
    </message>
    <message>
        <source>%1 must be text without surrounding spaces</source>
        <translation>يجب أن يكون %1 نصًا بلا مسافات محيطة</translation>
    </message>
    <message>
        <source>%1 must be a name without surrounding spaces</source>
        <translation>يجب أن يكون %1 اسمًا بلا مسافات محيطة</translation>
    </message>
    <message>
        <source>%1 has unknown field(s) %2 (known: name, %3)</source>
        <translation>في %1 حقول غير معروفة %2 (المعروفة: ⁦name⁩، %3)</translation>
    </message>
    <message>
        <source>an institutions list needs at least one institution</source>
        <translation>تحتاج قائمة المؤسسات إلى مؤسسة واحدة على الأقل</translation>
    </message>
    <message>
        <source>the institutions list is too large (at most 1 MiB)</source>
        <translation>قائمة المؤسسات كبيرة جدًا (1 ⁦MiB⁩ كحد أقصى)</translation>
    </message>
    <message>
        <source>%1: institution %2 (%3) is listed twice</source>
        <translation>%1: المؤسسة %2 (%3) مُدرجة مرتين</translation>
    </message>
    <message>
        <source>institution %1 (%2) is listed twice</source>
        <translation>المؤسسة %1 (%2) مُدرجة مرتين</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>يتجاوز طول %1 الحد الأقصى لعدد المحارف، وهو %2</translation>
    </message>
    <message>
        <source>unknown report language %1; use one of %2</source>
        <translation>لغة تقرير غير معروفة %1؛ استخدم واحدة من %2</translation>
    </message>
    <message>
        <source>nothing is merged for cycle %1; merge the bundles first (ipms merge)</source>
        <translation>لم يُدمج شيء للدورة %1؛ ادمج الحزم أولًا (⁦ipms merge⁩)</translation>
    </message>
    <message>
        <source>Qt could not write the PDF %1; check the folder&apos;s permissions</source>
        <translation>تعذّر على ⁦Qt⁩ كتابة ملف ⁦PDF⁩ %1؛ تحقّق من أذونات المجلد</translation>
    </message>
    <message>
        <source>cannot create the report folder %1: %2</source>
        <translation>يتعذّر إنشاء مجلد التقارير %1: %2</translation>
    </message>
    <message>
        <source>cannot write the feedback report %1: %2; check the folder and free space (no partial file was left)</source>
        <translation>تتعذّر كتابة تقرير التغذية الراجعة %1: %2؛ تحقّق من المجلد والمساحة الفارغة (لم يبقَ ملف ناقص)</translation>
    </message>
    <message>
        <source>nothing of cycle %1 can be reported: %2</source>
        <translation>لا يمكن إعداد تقرير عن أي شيء من الدورة %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a legal score; use %3 to %4 in steps of %5</source>
        <translation>%1: %2 ليست درجة مقبولة؛ استخدم من %3 إلى %4 بخطوات قدرها %5</translation>
    </message>
    <message>
        <source>framework %1 has no panel &apos;%2&apos;; use one of: %3</source>
        <translation>الإطار %1 ليس فيه لوحة &apos;%2&apos;؛ استخدم واحدة من: %3</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>%1: unknown key(s) %2; allowed: %3</source>
        <translation>%1: مفاتيح غير معروفة %2؛ المسموح: %3</translation>
    </message>
    <message>
        <source>%1: &apos;attributes&apos; must be an object of attribute scores</source>
        <translation>%1: يجب أن تكون ⁦&apos;attributes&apos;⁩ كائنًا من درجات السمات</translation>
    </message>
    <message>
        <source>%1: &apos;justification&apos; must be text</source>
        <translation>%1: يجب أن يكون ⁦&apos;justification&apos;⁩ نصًا</translation>
    </message>
    <message>
        <source>item %1: the agreed overall %2 %3; a justification is required</source>
        <translation>البند %1: الدرجة الإجمالية المتفق عليها %2 %3؛ التبرير مطلوب</translation>
    </message>
    <message>
        <source>the sheet must be a JSON object with an &apos;items&apos; object</source>
        <translation>يجب أن تكون الورقة كائن ⁦JSON⁩ فيه كائن ⁦&apos;items&apos;⁩</translation>
    </message>
    <message>
        <source>the sheet has no &apos;items&apos; object</source>
        <translation>لا تحوي الورقة كائن ⁦&apos;items&apos;⁩</translation>
    </message>
    <message>
        <source>%1: unknown attribute &apos;%2&apos;; attributes of this item: %3</source>
        <translation>%1: سمة غير معروفة &apos;%2&apos;؛ سمات هذا البند: %3</translation>
    </message>
    <message>
        <source>%1: &apos;not_assessed&apos; must give the reason as text</source>
        <translation>%1: يجب أن يذكر ⁦&apos;not_assessed&apos;⁩ السبب نصًا</translation>
    </message>
    <message>
        <source>%1: marked not assessed but also scored; remove the scores or the mark</source>
        <translation>%1: عُلِّم بأنه غير مقيَّم لكنه مُنح درجات أيضًا؛ احذف الدرجات أو العلامة</translation>
    </message>
    <message>
        <source>item %1: not in framework %2; its items are %3</source>
        <translation>البند %1: غير موجود في الإطار %2؛ بنوده هي %3</translation>
    </message>
    <message>
        <source>%1: score must be a number, found %2</source>
        <translation>%1: يجب أن تكون الدرجة عددًا، ووُجد %2</translation>
    </message>
    <message>
        <source>%1: score must be a finite number, found %2</source>
        <translation>%1: يجب أن تكون الدرجة عددًا منتهيًا، ووُجد %2</translation>
    </message>
    <message>
        <source>choose the trust settings file from CoMSEC</source>
        <translation>اختر ملف إعدادات الثقة الصادر عن الأمانة العامة لمجلس الوزراء</translation>
    </message>
    <message>
        <source>name the consolidation database: a file path or a PostgreSQL address</source>
        <translation>سمِّ قاعدة بيانات التجميع المركزي: مسار ملف أو عنوان ⁦PostgreSQL⁩</translation>
    </message>
    <message>
        <source>a local consolidation file needs its passphrase</source>
        <translation>يحتاج ملف التجميع المركزي المحلي إلى عبارة مروره</translation>
    </message>
    <message>
        <source>the quarantined copy %1 is missing; add the original file %2 again</source>
        <translation>النسخة المحجورة %1 مفقودة؛ أضف الملف الأصلي %2 مجددًا</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>يتعذّر سرد محتويات %1: %2</translation>
    </message>
    <message>
        <source>choose at least one institution to report on</source>
        <translation>اختر مؤسسة واحدة على الأقل لإعداد التقرير عنها</translation>
    </message>
    <message>
        <source>the PDF writer stopped unexpectedly; no partial file was left, write the reports again</source>
        <translation>توقّف كاتب ملفات ⁦PDF⁩ على نحو غير متوقع؛ لم يبقَ ملف ناقص، اكتب التقارير مجددًا</translation>
    </message>
    <message>
        <source>%1: the passphrase it was made with is not known</source>
        <translation>%1: عبارة المرور التي أُنشئ بها غير معروفة</translation>
    </message>
    <message>
        <source>assessment %1 was exported meanwhile (its next revision is %2, not %3); start the export again</source>
        <translation>صُدِّر التقييم %1 في هذه الأثناء (نسخته التالية %2 لا %3)؛ ابدأ التصدير من جديد</translation>
    </message>
    <message>
        <source>%1 is a folder or not a file name; name the consolidation file inside it, for example team.ipmsdb</source>
        <translation>%1 مجلد أو ليس اسم ملف؛ سمِّ ملف التجميع المركزي داخله، مثلًا ⁦team.ipmsdb⁩</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or folder (a backup is never overwritten)</source>
        <translation>%1 موجود سابقًا؛ اختر اسمًا أو مجلدًا آخر (لا تُستبدل نسخة احتياطية أبدًا)</translation>
    </message>
    <message>
        <source>the training CA key file %1 cannot be re-encrypted: this training profile was made before its keys were kept, and the passphrase the file was made with is not known here; it still opens with that passphrase</source>
        <translation>تتعذّر إعادة تشفير ملف مفتاح سلطة التصديق التدريبية %1: أُنشئ هذا الملف الشخصي التدريبي قبل أن تُحفظ مفاتيحه، وعبارة المرور التي أُنشئ بها الملف غير معروفة هنا؛ ما زال يُفتح بتلك العبارة</translation>
    </message>
    <message>
        <source>%1 is refused: %2; a passphrase needs at least %3 characters and an estimated strength of %4 bits (several unrelated words work well; repeats and runs such as &apos;aaaa&apos; or &apos;1234&apos; add little). Nothing was created or changed</source>
        <translation>رُفضت %1: %2؛ يجب ألا يقل عدد محارف عبارة المرور عن %3 وأن تبلغ قوتها التقديرية %4 بت (عدة كلمات غير مترابطة تفي بالغرض؛ والتكرار والتسلسل مثل ⁦&apos;aaaa&apos;⁩ أو &apos;1234&apos; لا يضيفان إلا القليل). لم يُنشأ أو يتغيّر شيء</translation>
    </message>
    <message numerus="yes">
        <source>assessment %1 is not finished (%n problem(s)): %2. Score each item or mark it not assessed with a reason, then export again; no bundle was written and no revision was used</source>
        <translation>
            <numerusform>التقييم %1 غير مكتمل (لا مشكلات): %2. امنح كل بند درجة أو علّمه غير مقيَّم مع ذكر السبب، ثم صدّر مجددًا؛ لم تُكتب أي حزمة ولم تُستهلك أي نسخة</numerusform>
            <numerusform>التقييم %1 غير مكتمل (مشكلة واحدة): %2. امنح كل بند درجة أو علّمه غير مقيَّم مع ذكر السبب، ثم صدّر مجددًا؛ لم تُكتب أي حزمة ولم تُستهلك أي نسخة</numerusform>
            <numerusform>التقييم %1 غير مكتمل (مشكلتان): %2. امنح كل بند درجة أو علّمه غير مقيَّم مع ذكر السبب، ثم صدّر مجددًا؛ لم تُكتب أي حزمة ولم تُستهلك أي نسخة</numerusform>
            <numerusform>التقييم %1 غير مكتمل (%n مشكلات): %2. امنح كل بند درجة أو علّمه غير مقيَّم مع ذكر السبب، ثم صدّر مجددًا؛ لم تُكتب أي حزمة ولم تُستهلك أي نسخة</numerusform>
            <numerusform>التقييم %1 غير مكتمل (%n مشكلةً): %2. امنح كل بند درجة أو علّمه غير مقيَّم مع ذكر السبب، ثم صدّر مجددًا؛ لم تُكتب أي حزمة ولم تُستهلك أي نسخة</numerusform>
            <numerusform>التقييم %1 غير مكتمل (%n مشكلة): %2. امنح كل بند درجة أو علّمه غير مقيَّم مع ذكر السبب، ثم صدّر مجددًا؛ لم تُكتب أي حزمة ولم تُستهلك أي نسخة</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF writer failed: %1</source>
        <translation>فشل كاتب ملفات ⁦PDF:⁩ %1</translation>
    </message>
    <message>
        <source>no assessment %1 in this profile; see `ipms assessment list`</source>
        <translation>لا يوجد التقييم %1 في هذا الملف الشخصي؛ راجع ⁦`ipms assessment list`⁩</translation>
    </message>
    <message>
        <source>assessment %1 was started with framework %2 %3, but the installed file is %4; install the matching framework version before scoring</source>
        <translation>بدأ التقييم %1 بالإطار %2 %3، لكن الملف المثبّت هو %4؛ ثبّت إصدار الإطار المطابق قبل منح الدرجات</translation>
    </message>
    <message>
        <source>the institution&apos;s name is empty</source>
        <translation>اسم المؤسسة فارغ</translation>
    </message>
    <message>
        <source>cycle %1 is not a year between 2000 and 2100</source>
        <translation>الدورة %1 ليست سنة بين 2000 و2100</translation>
    </message>
    <message>
        <source>item %1: &apos;evidence&apos; must be a list of file paths</source>
        <translation>البند %1: يجب أن تكون ⁦&apos;evidence&apos;⁩ قائمة مسارات ملفات</translation>
    </message>
    <message>
        <source>item %1: must be an object</source>
        <translation>البند %1: يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>item %1: &apos;%2&apos; must be a list of texts</source>
        <translation>البند %1: يجب أن يكون &apos;%2&apos; قائمة نصوص</translation>
    </message>
    <message>
        <source>could not copy the profile database to %1: %2; run `ipms profile verify` to check the database</source>
        <translation>تعذّر نسخ قاعدة بيانات الملف الشخصي إلى %1: %2؛ شغّل ⁦`ipms profile verify`⁩ لفحص قاعدة البيانات</translation>
    </message>
    <message>
        <source>no evidence content with SHA-256 %1 in this profile</source>
        <translation>لا يوجد محتوى دليل بالبصمة ⁦SHA-256⁩ %1 في هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>item %1 has no evidence with SHA-256 %2</source>
        <translation>البند %1 ليس له دليل بالبصمة ⁦SHA-256⁩ %2</translation>
    </message>
    <message>
        <source>evidence content %1 does not match its hash; run `ipms profile verify`</source>
        <translation>محتوى الدليل %1 لا يطابق بصمته؛ شغّل ⁦`ipms profile verify`⁩</translation>
    </message>
    <message>
        <source>evidence %1 is not a file</source>
        <translation>الدليل %1 ليس ملفًا</translation>
    </message>
    <message>
        <source>evidence file %1 changed while it was being stored; wait until it is no longer being written and attach it again</source>
        <translation>تغيّر ملف الدليل %1 أثناء حفظه؛ انتظر حتى تنتهي الكتابة إليه ثم أرفقه مجددًا</translation>
    </message>
    <message>
        <source>evidence content %1 was not stored; attach the file again</source>
        <translation>لم يُحفظ محتوى الدليل %1؛ أرفق الملف مجددًا</translation>
    </message>
    <message>
        <source>evidence content %1 is missing chunk %2; run `ipms profile verify`</source>
        <translation>محتوى الدليل %1 ينقصه المقطع %2؛ شغّل ⁦`ipms profile verify`⁩</translation>
    </message>
    <message>
        <source>cannot read evidence file %1: %2</source>
        <translation>تتعذّر قراءة ملف الدليل %1: %2</translation>
    </message>
    <message>
        <source>evidence file %1 does not exist</source>
        <translation>ملف الدليل %1 غير موجود</translation>
    </message>
    <message>
        <source>the profile was unlocked with its passphrase; use change_passphrase (`ipms profile passwd`), which asks for the current one</source>
        <translation>فُتح الملف الشخصي بعبارة مروره؛ استخدم ⁦change_passphrase⁩ (⁦`ipms profile passwd`⁩) الذي يطلب العبارة الحالية</translation>
    </message>
    <message>
        <source>no profile key-slot file at %1; check the --profile folder (or create a profile with `ipms profile create`)</source>
        <translation>لا يوجد ملف خانات مفاتيح للملف الشخصي في %1؛ تحقّق من مجلد ⁦--profile⁩ (أو أنشئ ملفًا شخصيًا بالأمر ⁦`ipms profile create`⁩)</translation>
    </message>
    <message>
        <source>%1: not an IPMS key-slot file</source>
        <translation>%1: ليس ملف خانات مفاتيح ⁦IPMS⁩</translation>
    </message>
    <message>
        <source>key-slot file %1 has version %2; this application reads version %3: update IPMS Desktop</source>
        <translation>ملف خانات المفاتيح %1 بالإصدار %2؛ هذا التطبيق يقرأ الإصدار %3: حدّث ⁦IPMS Desktop⁩</translation>
    </message>
    <message>
        <source>%1: profile_id, key_check or slots missing or malformed</source>
        <translation>%1: الحقل ⁦profile_id⁩ أو ⁦key_check⁩ أو ⁦slots⁩ مفقود أو مشوّه</translation>
    </message>
    <message>
        <source>escrow public key must be %1 bytes (ML-KEM-768 + X25519), got %2</source>
        <translation>يجب أن يكون مفتاح الضمان العام %1 بايت (⁦ML-KEM-768⁩ + ⁦X25519⁩)، ووصل %2</translation>
    </message>
    <message>
        <source>escrow private key must be %1 bytes (ML-KEM-768 seed + X25519), got %2</source>
        <translation>يجب أن يكون مفتاح الضمان الخاص %1 بايت (بذرة ⁦ML-KEM-768⁩ + ⁦X25519⁩)، ووصل %2</translation>
    </message>
    <message>
        <source>the passphrase is empty; choose a passphrase</source>
        <translation>عبارة المرور فارغة؛ اختر عبارة مرور</translation>
    </message>
    <message>
        <source>key slot %1 is malformed or uses an unknown cipher</source>
        <translation>خانة المفتاح %1 مشوّهة أو تستخدم تشفيرًا غير معروف</translation>
    </message>
    <message>
        <source>this profile has no %1 key slot</source>
        <translation>لا توجد في هذا الملف الشخصي خانة مفتاح %1</translation>
    </message>
    <message>
        <source>the key-slot file is inconsistent (the unwrapped key fails the key check); restore keyslots.json from a backup of the profile folder</source>
        <translation>ملف خانات المفاتيح غير متسق (المفتاح المستخرج يفشل في فحص المفتاح)؛ استعد ⁦keyslots.json⁩ من نسخة احتياطية لمجلد الملف الشخصي</translation>
    </message>
    <message>
        <source>key slot %1 is missing</source>
        <translation>خانة المفتاح %1 مفقودة</translation>
    </message>
    <message>
        <source>key slot %1 has %2 bytes, not %3</source>
        <translation>خانة المفتاح %1 فيها %2 بايت، لا %3</translation>
    </message>
    <message>
        <source>invalid Argon2id parameters %1: need 1 to %2 lanes, 1 to %3 iterations and 8 x lanes to %4 KiB of memory</source>
        <translation>معاملات ⁦Argon2id⁩ غير صالحة %1: يجب أن يكون عدد المسارات من 1 إلى %2، وعدد التكرارات من 1 إلى %3، والذاكرة من 8 × عدد المسارات إلى %4 ⁦KiB⁩</translation>
    </message>
    <message>
        <source>the escrow private key does not open this profile&apos;s escrow slot</source>
        <translation>مفتاح الضمان الخاص لا يفتح خانة الضمان في هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>%1 (%2); restore it from a backup of the profile folder</source>
        <translation>%1 (%2)؛ استعده من نسخة احتياطية لمجلد الملف الشخصي</translation>
    </message>
    <message>
        <source>escrow public key is malformed: %1</source>
        <translation>مفتاح الضمان العام مشوّه: %1</translation>
    </message>
    <message>
        <source>escrow private key is malformed: %1</source>
        <translation>مفتاح الضمان الخاص مشوّه: %1</translation>
    </message>
    <message>
        <source>key slot has malformed KDF parameters (%1)</source>
        <translation>معاملات ⁦KDF⁩ في خانة المفتاح مشوّهة (%1)</translation>
    </message>
    <message>
        <source>key slot %1 is not valid base64</source>
        <translation>خانة المفتاح %1 ليست ⁦base64⁩ صالحًا</translation>
    </message>
    <message>
        <source>the profile needs a name</source>
        <translation>يحتاج الملف الشخصي إلى اسم</translation>
    </message>
    <message>
        <source>%1 already holds a profile (%2); choose an empty folder or open the existing profile</source>
        <translation>%1 يحوي ملفًا شخصيًا سابقًا (%2)؛ اختر مجلدًا فارغًا أو افتح الملف الشخصي الموجود</translation>
    </message>
    <message>
        <source>the profile in %1 has schema revision %2, newer than this application knows (up to %3); update IPMS Desktop to open it. The profile was left untouched</source>
        <translation>الملف الشخصي في %1 بنسخة مخطط %2، أحدث مما يعرفه هذا التطبيق (حتى %3)؛ حدّث ⁦IPMS Desktop⁩ لفتحه. لم يُمسّ الملف الشخصي</translation>
    </message>
    <message>
        <source>upgrading the profile in %1 failed (%2); nothing was changed and a backup is in %3</source>
        <translation>فشلت ترقية الملف الشخصي في %1 (%2)؛ لم يتغيّر شيء وتوجد نسخة احتياطية في %3</translation>
    </message>
    <message>
        <source>unknown text kind %1; use one of %2</source>
        <translation>نوع نص غير معروف %1؛ استخدم واحدًا من %2</translation>
    </message>
    <message>
        <source>item %1: %2 must be a list of texts</source>
        <translation>البند %1: يجب أن يكون %2 قائمة نصوص</translation>
    </message>
    <message>
        <source>the profile in %1 is closed; unlock it again</source>
        <translation>الملف الشخصي في %1 مغلق؛ افتحه مجددًا</translation>
    </message>
    <message>
        <source>assessment %1 was exported meanwhile as revision %2; export it again</source>
        <translation>صُدِّر التقييم %1 في هذه الأثناء بالنسخة %2؛ صدّره مجددًا</translation>
    </message>
    <message>
        <source>evidence file %1 is %2 bytes, over the limit of %3 bytes a file; attach a smaller file (for example a compressed PDF or an excerpt)</source>
        <translation>حجم ملف الدليل %1 هو %2 بايت، متجاوزًا حد %3 بايت للملف الواحد؛ أرفق ملفًا أصغر (مثلًا ملف ⁦PDF⁩ مضغوطًا أو مقتطفًا)</translation>
    </message>
    <message>
        <source>wrong current passphrase; the passphrase was not changed</source>
        <translation>عبارة المرور الحالية خاطئة؛ لم تتغيّر عبارة المرور</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>عبارة المرور خاطئة</translation>
    </message>
    <message>
        <source>wrong recovery code</source>
        <translation>رمز الاسترداد خاطئ</translation>
    </message>
    <message>
        <source>that is not a recovery code: expected %1 letters and digits in groups of %2 (unexpected characters: %3)</source>
        <translation>هذا ليس رمز استرداد: المتوقع %1 من الحروف والأرقام في مجموعات من %2 (محارف غير متوقعة: %3)</translation>
    </message>
    <message>
        <source>recovery code mistyped (its check letters do not match)</source>
        <translation>رمز الاسترداد مكتوب خطأً (حروف التحقق فيه غير متطابقة)</translation>
    </message>
    <message>
        <source>profile in use by %1; close the other IPMS window first (lock file %2)</source>
        <translation>الملف الشخصي قيد الاستخدام من %1؛ أغلق نافذة ⁦IPMS⁩ الأخرى أولًا (ملف القفل %2)</translation>
    </message>
    <message>
        <source>wrong passphrase for the profile in %1; nothing was changed. Forgotten it? Use `ipms profile recover` with the recovery code</source>
        <translation>عبارة مرور خاطئة للملف الشخصي في %1؛ لم يتغيّر شيء. هل نسيتها؟ استخدم ⁦`ipms profile recover`⁩ مع رمز الاسترداد</translation>
    </message>
    <message>
        <source>this recovery code does not open the profile in %2 (%1); nothing was changed. Check the code written down when the profile was created</source>
        <translation>رمز الاسترداد هذا لا يفتح الملف الشخصي في %2 (%1)؛ لم يتغيّر شيء. تحقّق من الرمز الذي دُوِّن عند إنشاء الملف الشخصي</translation>
    </message>
    <message>
        <source>no key-slot file in %1 and none beside %2; the backup cannot be opened without one</source>
        <translation>لا يوجد ملف خانات مفاتيح في %1 ولا بجانب %2؛ لا يمكن فتح النسخة الاحتياطية بدونه</translation>
    </message>
    <message>
        <source>wrong passphrase; nothing was restored</source>
        <translation>عبارة المرور خاطئة؛ لم يُستعد شيء</translation>
    </message>
    <message>
        <source>backup %1 does not exist</source>
        <translation>النسخة الاحتياطية %1 غير موجودة</translation>
    </message>
    <message>
        <source>backup %1 cannot be restored: %2; choose another backup</source>
        <translation>تتعذّر استعادة النسخة الاحتياطية %1: %2؛ اختر نسخة احتياطية أخرى</translation>
    </message>
    <message>
        <source>database damaged: %1 (%2); latest backup is %3; run `ipms profile restore --profile %4 --from %3`</source>
        <translation>قاعدة البيانات تالفة: %1 (%2)؛ أحدث نسخة احتياطية هي %3؛ شغّل ⁦`ipms profile restore --profile %4 --from %3`⁩</translation>
    </message>
    <message>
        <source>database damaged: %1 (%2); no backup found in %3; restore the profile folder from your own copy</source>
        <translation>قاعدة البيانات تالفة: %1 (%2)؛ لم تُعثر على نسخة احتياطية في %3؛ استعد مجلد الملف الشخصي من نسختك الخاصة</translation>
    </message>
    <message>
        <source>the database file is missing</source>
        <translation>ملف قاعدة البيانات مفقود</translation>
    </message>
    <message>
        <source>it holds no profile schema</source>
        <translation>لا يحوي مخطط ملف شخصي</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) fail their check</source>
        <translation>
            <numerusform>لا صفحات تفشل في الفحص</numerusform>
            <numerusform>صفحة واحدة تفشل في الفحص</numerusform>
            <numerusform>صفحتان تفشلان في الفحص</numerusform>
            <numerusform>%n صفحات تفشل في الفحص</numerusform>
            <numerusform>%n صفحةً تفشل في الفحص</numerusform>
            <numerusform>%n صفحة تفشل في الفحص</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no &apos;%2&apos; block found; check that this is the right file</source>
        <translation>%1: لم تُعثر على كتلة &apos;%2&apos;؛ تأكّد من أنه الملف الصحيح</translation>
    </message>
    <message>
        <source>%1: the &apos;%2&apos; block is damaged (%3)</source>
        <translation>%1: كتلة &apos;%2&apos; تالفة (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;cycle&apos; and &apos;serial&apos; must be positive integers</source>
        <translation>%1: يجب أن يكون ⁦&apos;cycle&apos;⁩ و⁦&apos;serial&apos;⁩ عددين صحيحين موجبين</translation>
    </message>
    <message>
        <source>%1: &apos;issued&apos; must be a UTC time</source>
        <translation>%1: يجب أن يكون ⁦&apos;issued&apos;⁩ وقتًا بتوقيت ⁦UTC⁩</translation>
    </message>
    <message>
        <source>%1: &apos;institutions&apos; must be a list</source>
        <translation>%1: يجب أن تكون ⁦&apos;institutions&apos;⁩ قائمة</translation>
    </message>
    <message>
        <source>%1: each institution entry must be an object</source>
        <translation>%1: يجب أن يكون كل مُدخل مؤسسة كائنًا</translation>
    </message>
    <message>
        <source>%1: an entry names no institution</source>
        <translation>%1: أحد المُدخلات لا يسمّي مؤسسة</translation>
    </message>
    <message>
        <source>%1: %2: &apos;assessors&apos; must be a list</source>
        <translation>%1: %2: يجب أن تكون ⁦&apos;assessors&apos;⁩ قائمة</translation>
    </message>
    <message>
        <source>%1: each person needs &apos;key&apos; (sha256:&lt;64 hex&gt;) and &apos;name&apos;</source>
        <translation>%1: يحتاج كل شخص إلى ⁦&apos;key&apos;⁩ (⁦sha256:&lt;64 hex&gt;⁩) و⁦&apos;name&apos;⁩</translation>
    </message>
    <message>
        <source>%1: institution %2 is assigned twice</source>
        <translation>%1: المؤسسة %2 مكلَّف بها مرتين</translation>
    </message>
    <message>
        <source>%1: holds a &apos;%2&apos; key, not a recipient key</source>
        <translation>%1: يحمل مفتاحًا من نوع &apos;%2&apos; وليس مفتاح مستلم</translation>
    </message>
    <message>
        <source>the CA needs a name; pass --name</source>
        <translation>تحتاج سلطة التصديق إلى اسم؛ مرّر ⁦--name⁩</translation>
    </message>
    <message>
        <source>%1: already holds a CA; choose an empty folder so the existing root is never overwritten</source>
        <translation>%1: يحوي سلطة تصديق سابقًا؛ اختر مجلدًا فارغًا كي لا يُستبدل الجذر الموجود أبدًا</translation>
    </message>
    <message>
        <source>%1: does not belong to %2</source>
        <translation>%1: لا ينتمي إلى %2</translation>
    </message>
    <message>
        <source>%1: already holds an escrow key; it is never replaced</source>
        <translation>%1: يحوي مفتاح ضمان سابقًا؛ لا يُستبدل أبدًا</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (known: %2)</source>
        <translation>دور غير معروف &apos;%1&apos; (المعروفة: %2)</translation>
    </message>
    <message>
        <source>--days must be between 1 and %1</source>
        <translation>يجب أن تكون قيمة ⁦--days⁩ بين 1 و%1</translation>
    </message>
    <message>
        <source>unknown revocation reason &apos;%1&apos; (known: %2)</source>
        <translation>سبب إبطال غير معروف &apos;%1&apos; (المعروفة: %2)</translation>
    </message>
    <message>
        <source>the root certificate cannot revoke itself; create a new CA instead</source>
        <translation>لا يمكن لشهادة الجذر إبطال نفسها؛ أنشئ سلطة تصديق جديدة بدلًا من ذلك</translation>
    </message>
    <message>
        <source>certificate %1 is already revoked</source>
        <translation>الشهادة %1 مُبطلة سابقًا</translation>
    </message>
    <message>
        <source>%1: damaged; it must hold one number</source>
        <translation>%1: تالف؛ يجب أن يحوي رقمًا واحدًا</translation>
    </message>
    <message>
        <source>%1: not a PEM CRL</source>
        <translation>%1: ليست قائمة إبطال ⁦CRL⁩ بصيغة ⁦PEM⁩</translation>
    </message>
    <message>
        <source>this certificate was not issued by this CA; nothing to revoke</source>
        <translation>لم تُصدر هذه الشهادة عن سلطة التصديق هذه؛ لا شيء لإبطاله</translation>
    </message>
    <message>
        <source>%1: this certificate is revoked</source>
        <translation>%1: هذه الشهادة مُبطلة</translation>
    </message>
    <message>
        <source>%1 holds role &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>%1 يحمل الدور &apos;%2&apos; وليس &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the cycle must be a year such as 2026</source>
        <translation>يجب أن تكون الدورة سنة مثل 2026</translation>
    </message>
    <message>
        <source>name the institution (--institution)</source>
        <translation>سمِّ المؤسسة (⁦--institution⁩)</translation>
    </message>
    <message>
        <source>the previous certificate holds role &apos;%1&apos; and the next &apos;%2&apos;; a key can only continue work of the same role</source>
        <translation>الشهادة السابقة تحمل الدور &apos;%1&apos; والتالية &apos;%2&apos;؛ لا يكمل المفتاح إلا عمل الدور نفسه</translation>
    </message>
    <message>
        <source>the previous and the next certificate are the same certificate</source>
        <translation>الشهادة السابقة والتالية هما الشهادة نفسها</translation>
    </message>
    <message>
        <source>%1: this certificate was not issued by this CA</source>
        <translation>%1: لم تُصدر هذه الشهادة عن سلطة التصديق هذه</translation>
    </message>
    <message>
        <source>%1: damaged; restore it from the CA folder&apos;s backup</source>
        <translation>%1: تالف؛ استعده من النسخة الاحتياطية لمجلد سلطة التصديق</translation>
    </message>
    <message>
        <source>%1: the previous certificate was not issued by this CA</source>
        <translation>%1: لم تُصدر الشهادة السابقة عن سلطة التصديق هذه</translation>
    </message>
    <message>
        <source>%1 has no Ed25519 key</source>
        <translation>%1 ليس له مفتاح ⁦Ed25519⁩</translation>
    </message>
    <message>
        <source>%1 is not an end-entity signing certificate</source>
        <translation>%1 ليست شهادة توقيع لكيان نهائي</translation>
    </message>
    <message>
        <source>certificate of %1 is valid from %2</source>
        <translation>شهادة %1 صالحة ابتداءً من %2</translation>
    </message>
    <message>
        <source>certificate of %1 expired on %2</source>
        <translation>انتهت صلاحية شهادة %1 في %2</translation>
    </message>
    <message>
        <source>certificate of %1 has been revoked</source>
        <translation>أُبطلت شهادة %1</translation>
    </message>
    <message>
        <source>%1 holds role &apos;%2&apos;, but this needs %3</source>
        <translation>%1 يحمل الدور &apos;%2&apos;، لكن هذا يتطلب %3</translation>
    </message>
    <message>
        <source>the signer certificate was not issued by the trusted root %1</source>
        <translation>لم تُصدر شهادة الموقِّع عن الجذر الموثوق %1</translation>
    </message>
    <message>
        <source>the signer certificate cannot be read (%1)</source>
        <translation>تتعذّر قراءة شهادة الموقِّع (%1)</translation>
    </message>
    <message>
        <source>%1 lacks basicConstraints or keyUsage</source>
        <translation>%1 ينقصه ⁦basicConstraints⁩ أو ⁦keyUsage⁩</translation>
    </message>
    <message>
        <source>%1: recipient key extension cannot be read</source>
        <translation>%1: يتعذّر قراءة امتداد مفتاح المستلم</translation>
    </message>
    <message>
        <source>%1: recipient key extension has no suite id</source>
        <translation>%1: امتداد مفتاح المستلم ليس فيه معرّف مجموعة</translation>
    </message>
    <message>
        <source>%1: %2 must each be sha256:&lt;64 hex&gt;</source>
        <translation>%1: يجب أن يكون كل من %2 بالشكل ⁦sha256:&lt;64 hex&gt;⁩</translation>
    </message>
    <message>
        <source>%1: &apos;name&apos; and &apos;issued&apos; must be texts</source>
        <translation>%1: يجب أن يكون ⁦&apos;name&apos;⁩ و⁦&apos;issued&apos;⁩ نصين</translation>
    </message>
    <message>
        <source>%1: a certificate cannot continue itself</source>
        <translation>%1: لا يمكن للشهادة أن تكمل نفسها</translation>
    </message>
    <message>
        <source>an empty passphrase cannot protect a private key; choose one</source>
        <translation>لا تحمي عبارة المرور الفارغة مفتاحًا خاصًا؛ اختر عبارة</translation>
    </message>
    <message>
        <source>%1: not an IPMS key file (unknown format marker)</source>
        <translation>%1: ليس ملف مفتاح ⁦IPMS⁩ (علامة صيغة غير معروفة)</translation>
    </message>
    <message>
        <source>%1: key file is truncated</source>
        <translation>%1: ملف المفتاح مبتور</translation>
    </message>
    <message>
        <source>%1: holds a &apos;%2&apos; key, expected &apos;%3&apos;</source>
        <translation>%1: يحمل مفتاحًا من نوع &apos;%2&apos;، والمتوقع &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: key file has out-of-range Argon2id parameters</source>
        <translation>%1: معاملات ⁦Argon2id⁩ في ملف المفتاح خارج النطاق</translation>
    </message>
    <message>
        <source>%1: key file has out-of-range Argon2id memory cost</source>
        <translation>%1: كلفة ذاكرة ⁦Argon2id⁩ في ملف المفتاح خارج النطاق</translation>
    </message>
    <message>
        <source>%1: wrong passphrase, or the key file is damaged; try the passphrase again</source>
        <translation>%1: عبارة مرور خاطئة أو ملف المفتاح تالف؛ جرّب عبارة المرور مجددًا</translation>
    </message>
    <message>
        <source>no trust settings in this profile; install CoMSEC&apos;s file with `ipms profile install-trust`</source>
        <translation>لا توجد إعدادات ثقة في هذا الملف الشخصي؛ ثبّت ملف الأمانة العامة لمجلس الوزراء بالأمر ⁦`ipms profile install-trust`⁩</translation>
    </message>
    <message>
        <source>these trust settings are signed by another root (%1); this profile trusts %2. Ask CoMSEC for the right file</source>
        <translation>إعدادات الثقة هذه موقّعة بجذر آخر (%1)؛ هذا الملف الشخصي يثق بـ%2. اطلب الملف الصحيح من الأمانة العامة لمجلس الوزراء</translation>
    </message>
    <message>
        <source>trust settings serial %1 is older than the installed serial %2; refusing to go back (rollback)</source>
        <translation>إعدادات الثقة ذات الرقم التسلسلي %1 أقدم من الرقم المثبّت %2؛ يُرفض الرجوع إلى الخلف (⁦rollback⁩)</translation>
    </message>
    <message>
        <source>%1: too large for a certificate</source>
        <translation>%1: أكبر من أن يكون شهادة</translation>
    </message>
    <message>
        <source>this profile has no key pair yet; run `ipms profile request` first</source>
        <translation>لا يوجد في هذا الملف الشخصي زوج مفاتيح بعد؛ شغّل ⁦`ipms profile request`⁩ أولًا</translation>
    </message>
    <message>
        <source>%1: certifies another key, not this profile&apos;s; install the certificate issued for this profile&apos;s request</source>
        <translation>%1: تصادق على مفتاح آخر غير مفتاح هذا الملف الشخصي؛ ثبّت الشهادة الصادرة لطلب هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>this profile has no certificate; run `ipms profile request`, have CoMSEC issue it, then `ipms profile install-cert`</source>
        <translation>لا توجد شهادة في هذا الملف الشخصي؛ شغّل ⁦`ipms profile request`⁩، واطلب من الأمانة العامة لمجلس الوزراء إصدارها، ثم ⁦`ipms profile install-cert`⁩</translation>
    </message>
    <message>
        <source>%1: %2 has been revoked</source>
        <translation>%1: أُبطلت %2</translation>
    </message>
    <message>
        <source>%1: %2 is not valid now</source>
        <translation>%1: %2 غير صالحة الآن</translation>
    </message>
    <message>
        <source>%1: %2 (%3) carries no recipient key, so bundles cannot be encrypted to it</source>
        <translation>%1: %2 (%3) لا يحمل مفتاح مستلم، فلا يمكن تشفير الحزم له</translation>
    </message>
    <message>
        <source>the trust settings&apos; escrow key uses suite %1; the profile&apos;s escrow slot needs an ML-KEM-768 + X25519 key</source>
        <translation>يستخدم مفتاح الضمان في إعدادات الثقة المجموعة %1؛ تحتاج خانة الضمان في الملف الشخصي إلى مفتاح ⁦ML-KEM-768⁩ + ⁦X25519⁩</translation>
    </message>
    <message>
        <source>unknown HPKE suite &apos;%1&apos; (known: %2)</source>
        <translation>مجموعة ⁦HPKE⁩ غير معروفة &apos;%1&apos; (المعروفة: %2)</translation>
    </message>
    <message>
        <source>recipient public key for %1 has %2 bytes, expected %3</source>
        <translation>مفتاح المستلم العام لـ%1 فيه %2 بايت، والمتوقع %3</translation>
    </message>
    <message>
        <source>%1: a recipient key must be {&apos;suite&apos;, &apos;public_key&apos;}</source>
        <translation>%1: يجب أن يكون مفتاح المستلم بالشكل {⁦&apos;suite&apos;, &apos;public_key&apos;⁩}</translation>
    </message>
    <message>
        <source>%1: recipient key fields must be strings</source>
        <translation>%1: يجب أن تكون حقول مفتاح المستلم نصوصًا</translation>
    </message>
    <message>
        <source>%1: recipient public key has no suite id</source>
        <translation>%1: مفتاح المستلم العام ليس فيه معرّف مجموعة</translation>
    </message>
    <message>
        <source>recipient private key for %1 has the wrong length; the key file is damaged</source>
        <translation>طول مفتاح المستلم الخاص لـ%1 غير صحيح؛ ملف المفتاح تالف</translation>
    </message>
    <message>
        <source>recipient key %1 is not a valid key (%2)</source>
        <translation>مفتاح المستلم %1 ليس مفتاحًا صالحًا (%2)</translation>
    </message>
    <message>
        <source>%1: recipient public key is not valid base64</source>
        <translation>%1: مفتاح المستلم العام ليس ⁦base64⁩ صالحًا</translation>
    </message>
    <message>
        <source>a certificate request needs the holder&apos;s name; pass --name</source>
        <translation>يحتاج طلب الشهادة إلى اسم حاملها؛ مرّر ⁦--name⁩</translation>
    </message>
    <message>
        <source>%1: too large for a certificate request</source>
        <translation>%1: أكبر من أن يكون طلب شهادة</translation>
    </message>
    <message>
        <source>%1: the request&apos;s signature does not verify; it was altered</source>
        <translation>%1: توقيع الطلب لا يتحقق؛ لقد عُدِّل</translation>
    </message>
    <message>
        <source>%1: the request must hold an Ed25519 key</source>
        <translation>%1: يجب أن يحوي الطلب مفتاح ⁦Ed25519⁩</translation>
    </message>
    <message>
        <source>%1: the request names no holder (no common name)</source>
        <translation>%1: لا يسمّي الطلب حاملًا (لا يوجد اسم شائع)</translation>
    </message>
    <message>
        <source>%1: not a PEM certificate request (PKCS#10)</source>
        <translation>%1: ليس طلب شهادة ⁦PEM⁩ (⁦PKCS#10⁩)</translation>
    </message>
    <message>
        <source>%1: not a signed IPMS statement</source>
        <translation>%1: ليس بيانًا موقَّعًا من ⁦IPMS⁩</translation>
    </message>
    <message>
        <source>%1: too large for a signed statement</source>
        <translation>%1: أكبر من أن يكون بيانًا موقَّعًا</translation>
    </message>
    <message>
        <source>%1: not a %2 file</source>
        <translation>%1: ليس ملف %2</translation>
    </message>
    <message>
        <source>%1: format %2 is not supported (this version reads %3); update IPMS Desktop</source>
        <translation>%1: الصيغة %2 غير مدعومة (هذا الإصدار يقرأ %3)؛ حدّث ⁦IPMS Desktop⁩</translation>
    </message>
    <message>
        <source>%1: the trusted root has no Ed25519 key</source>
        <translation>%1: الجذر الموثوق ليس له مفتاح ⁦Ed25519⁩</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s %2 is not a JSON object</source>
        <translation>%1: %2 في البيان ليس كائن ⁦JSON⁩</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing</source>
        <translation>%1: &apos;%2&apos; مفقود</translation>
    </message>
    <message>
        <source>%1: the signature does not verify with the trusted root; the file was altered, forged or made by another CA</source>
        <translation>%1: لا يتحقق التوقيع بالجذر الموثوق؛ عُدِّل الملف أو زُوِّر أو أنشأته سلطة تصديق أخرى</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s %2 is not valid JSON</source>
        <translation>%1: %2 في البيان ليس ⁦JSON⁩ صالحًا</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not valid base64</source>
        <translation>%1: &apos;%2&apos; ليس ⁦base64⁩ صالحًا</translation>
    </message>
    <message>
        <source>%1: too large for a trust settings file</source>
        <translation>%1: أكبر من أن يكون ملف إعدادات ثقة</translation>
    </message>
    <message>
        <source>%1: not an IPMS trust settings file</source>
        <translation>%1: ليس ملف إعدادات ثقة ⁦IPMS⁩</translation>
    </message>
    <message>
        <source>%1: trust settings format %2 is not supported (this version reads %3); update IPMS Desktop</source>
        <translation>%1: صيغة إعدادات الثقة %2 غير مدعومة (هذا الإصدار يقرأ %3)؛ حدّث ⁦IPMS Desktop⁩</translation>
    </message>
    <message>
        <source>%1: the root certificate has no Ed25519 key</source>
        <translation>%1: شهادة الجذر ليس لها مفتاح ⁦Ed25519⁩</translation>
    </message>
    <message>
        <source>%1: the CRL inside is not signed by the root</source>
        <translation>%1: قائمة الإبطال ⁦CRL⁩ داخله غير موقّعة من الجذر</translation>
    </message>
    <message>
        <source>%1: the trust settings %2 is not a JSON object</source>
        <translation>%1: %2 في إعدادات الثقة ليس كائن ⁦JSON⁩</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing or not text</source>
        <translation>%1: &apos;%2&apos; مفقود أو ليس نصًا</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing or not a list</source>
        <translation>%1: &apos;%2&apos; مفقود أو ليس قائمة</translation>
    </message>
    <message>
        <source>%1: &apos;serial&apos; must be a positive integer</source>
        <translation>%1: يجب أن يكون ⁦&apos;serial&apos;⁩ عددًا صحيحًا موجبًا</translation>
    </message>
    <message>
        <source>%1: each framework needs &apos;id&apos;, &apos;version&apos; and &apos;hash&apos; strings</source>
        <translation>%1: يحتاج كل إطار إلى النصوص ⁦&apos;id&apos;⁩ و⁦&apos;version&apos;⁩ و⁦&apos;hash&apos;⁩</translation>
    </message>
    <message>
        <source>%1: root certificate or CRL cannot be read (%2)</source>
        <translation>%1: تتعذّر قراءة شهادة الجذر أو قائمة الإبطال ⁦CRL⁩ (%2)</translation>
    </message>
    <message>
        <source>%1: signature does not verify with its root; the file was altered or forged</source>
        <translation>%1: لا يتحقق التوقيع بجذره؛ عُدِّل الملف أو زُوِّر</translation>
    </message>
    <message>
        <source>%1: the trust settings %2 is not valid JSON</source>
        <translation>%1: %2 في إعدادات الثقة ليس ⁦JSON⁩ صالحًا</translation>
    </message>
    <message>
        <source>%1: &apos;issued&apos; is not a UTC time</source>
        <translation>%1: ⁦&apos;issued&apos;⁩ ليس وقتًا بتوقيت ⁦UTC⁩</translation>
    </message>
    <message>
        <source>%1: cannot read trust settings (%2)</source>
        <translation>%1: تتعذّر قراءة إعدادات الثقة (%2)</translation>
    </message>
    <message>
        <source>%1: recipient key extension is not a DER OCTET STRING</source>
        <translation>%1: امتداد مفتاح المستلم ليس ⁦DER OCTET STRING⁩</translation>
    </message>
    <message>
        <source>trust settings serial %1 carry CRL number %2, older than the installed CRL number %3; installing them would undo revocations. Ask CoMSEC for trust settings made after the latest revocation</source>
        <translation>إعدادات الثقة ذات الرقم التسلسلي %1 تحمل قائمة الإبطال رقم %2، وهي أقدم من القائمة المثبّتة رقم %3؛ تثبيتها يلغي حالات إبطال. اطلب من الأمانة العامة لمجلس الوزراء إعدادات ثقة أُعدّت بعد آخر إبطال</translation>
    </message>
    <message numerus="yes">
        <source>trust settings serial %1 no longer list %n revoked certificate(s) the installed ones revoke; installing them would undo revocations. Ask CoMSEC for trust settings made after the latest revocation</source>
        <translation>
            <numerusform>إعدادات الثقة ذات الرقم التسلسلي %1 لم تعد تُدرج أي شهادة مُبطلة في الإعدادات المثبّتة؛ تثبيتها يلغي حالات إبطال. اطلب من الأمانة العامة لمجلس الوزراء إعدادات ثقة أُعدّت بعد آخر إبطال</numerusform>
            <numerusform>إعدادات الثقة ذات الرقم التسلسلي %1 لم تعد تُدرج شهادة مُبطلة واحدة تُبطلها الإعدادات المثبّتة؛ تثبيتها يلغي حالات إبطال. اطلب من الأمانة العامة لمجلس الوزراء إعدادات ثقة أُعدّت بعد آخر إبطال</numerusform>
            <numerusform>إعدادات الثقة ذات الرقم التسلسلي %1 لم تعد تُدرج شهادتين مُبطلتين تُبطلهما الإعدادات المثبّتة؛ تثبيتها يلغي حالات إبطال. اطلب من الأمانة العامة لمجلس الوزراء إعدادات ثقة أُعدّت بعد آخر إبطال</numerusform>
            <numerusform>إعدادات الثقة ذات الرقم التسلسلي %1 لم تعد تُدرج %n شهادات مُبطلة تُبطلها الإعدادات المثبّتة؛ تثبيتها يلغي حالات إبطال. اطلب من الأمانة العامة لمجلس الوزراء إعدادات ثقة أُعدّت بعد آخر إبطال</numerusform>
            <numerusform>إعدادات الثقة ذات الرقم التسلسلي %1 لم تعد تُدرج %n شهادةً مُبطلة تُبطلها الإعدادات المثبّتة؛ تثبيتها يلغي حالات إبطال. اطلب من الأمانة العامة لمجلس الوزراء إعدادات ثقة أُعدّت بعد آخر إبطال</numerusform>
            <numerusform>إعدادات الثقة ذات الرقم التسلسلي %1 لم تعد تُدرج %n شهادة مُبطلة تُبطلها الإعدادات المثبّتة؛ تثبيتها يلغي حالات إبطال. اطلب من الأمانة العامة لمجلس الوزراء إعدادات ثقة أُعدّت بعد آخر إبطال</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be used as trust settings: %2; ask CoMSEC for a current trust settings file</source>
        <translation>لا يمكن استخدام %1 إعداداتِ ثقة: %2؛ اطلب من الأمانة العامة لمجلس الوزراء ملف إعدادات ثقة حاليًا</translation>
    </message>
    <message>
        <source>unknown key point %1; use one of %2</source>
        <translation>نوع نقطة رئيسية غير معروف %1؛ استخدم أحد: %2</translation>
    </message>
    <message>
        <source>item %1: a key point needs its text; to remove one use --undo %2</source>
        <translation>البند %1: النقطة الرئيسية تحتاج إلى نصها؛ ولإزالة نقطة استخدم ‎--undo %2</translation>
    </message>
    <message>
        <source>reopening a consensus needs a justification: say why the team takes the newer individual revisions (--justification TEXT); nothing was changed</source>
        <translation>إعادة فتح التوافق تحتاج إلى مسوّغ: اذكر لماذا يعتمد الفريق النسخ الفردية الأحدث (‎--justification TEXT)؛ لم يُغيَّر شيء</translation>
    </message>
    <message>
        <source>the consensus of %1 for cycle %2 is not started, so there is nothing to reopen; it uses the current revisions (ipms consensus start freezes them)</source>
        <translation>لم يبدأ التوافق الخاص بـ %1 للدورة %2، فلا شيء لإعادة فتحه؛ إنه يستخدم النسخ الحالية (الأمر ipms consensus start يثبّتها)</translation>
    </message>
    <message>
        <source>%1 is encrypted for %2, not for the consolidation key in use (%3); choose that key and merge again (nothing was quarantined)</source>
        <translation>الملف %1 مشفَّر لـ%2، لا لمفتاح التجميع المركزي المستخدم (%3)؛ اختر ذلك المفتاح وادمج من جديد (لم يُنقل شيء إلى الحجر)</translation>
    </message>
    <message>
        <source>choose the consolidation key before merging: bundles are encrypted for %1</source>
        <translation>اختر مفتاح التجميع المركزي قبل الدمج: الحزم مشفَّرة لـ%1</translation>
    </message>
    <message>
        <source>the %1 certificate is for another key than this profile&apos;s</source>
        <translation>شهادة الدور %1 صادرة لمفتاح غير مفتاح هذا الملف الشخصي</translation>
    </message>
    <message>
        <source>%1 is not in the institutions list; add it first</source>
        <translation>%1 ليست في قائمة المؤسسات؛ أضِفها أولاً</translation>
    </message>
    <message>
        <source>the document holds at %1 the text %2 with a broken character (half of a UTF-16 surrogate pair, which is not Unicode), so it cannot be stored; nothing of the bundle was kept: ask its signer for a new export</source>
        <translation>يحوي المستند عند %1 النص %2 وفيه محرف تالف (نصف زوج بديل من ⁦UTF-16⁩، وهو ليس من اليونيكود)، فلا يمكن حفظه؛ لم يُحتفظ بشيء من الحزمة: اطلب من الموقِّع تصديرًا جديدًا</translation>
    </message>
    <message>
        <source>the document holds at %1 the text %2 with a NUL character, which cannot be stored; nothing of the bundle was kept: ask its signer for a new export</source>
        <translation>يحوي المستند عند %1 النص %2 وفيه محرف ⁦NUL⁩ لا يمكن حفظه؛ لم يُحتفظ بشيء من الحزمة: اطلب من الموقِّع تصديرًا جديدًا</translation>
    </message>
    <message>
        <source>the manifest holds at %1 the text %2 with a broken character (half of a UTF-16 surrogate pair, which is not Unicode), so the bundle cannot be read; nothing of it was kept: ask its signer for a new export</source>
        <translation>يحوي بيان المحتويات عند %1 النص %2 وفيه محرف تالف (نصف زوج بديل من ⁦UTF-16⁩، وهو ليس من اليونيكود)، فلا يمكن قراءة الحزمة؛ لم يُحتفظ بشيء منها: اطلب من الموقِّع تصديرًا جديدًا</translation>
    </message>
    <message>
        <source>the manifest holds at %1 the text %2 with a NUL character, so the bundle cannot be read; nothing of it was kept: ask its signer for a new export</source>
        <translation>يحوي بيان المحتويات عند %1 النص %2 وفيه محرف ⁦NUL⁩، فلا يمكن قراءة الحزمة؛ لم يُحتفظ بشيء منها: اطلب من الموقِّع تصديرًا جديدًا</translation>
    </message>
    <message>
        <source>assessment_id (at most %1 characters) and institution (at most %2) must be non-empty text without control characters</source>
        <translation>يجب أن يكون ⁦assessment_id⁩ (الحد الأقصى لعدد المحارف: %1) و⁦institution⁩ (الحد الأقصى: %2) نصًا غير فارغ خاليًا من محارف التحكم</translation>
    </message>
    <message>
        <source>revision and cycle must be whole numbers from 0 to %1</source>
        <translation>يجب أن يكون ⁦revision⁩ و⁦cycle⁩ عددين صحيحين من 0 إلى %1</translation>
    </message>
    <message>
        <source>framework must be {&apos;id&apos;, &apos;hash&apos;} text</source>
        <translation>يجب أن يكون ⁦framework⁩ نصّين باسمَي ⁦{&apos;id&apos;, &apos;hash&apos;}⁩</translation>
    </message>
    <message>
        <source>audit_head must be text of at most %1 characters</source>
        <translation>يجب أن يكون ⁦audit_head⁩ نصًا (الحد الأقصى لعدد المحارف: %1)</translation>
    </message>
    <message>
        <source>%1: %2 holds the text %3 with a broken character (half of a UTF-16 surrogate pair, which is not Unicode), so it cannot be stored; nothing was read from the file: type that text again and save the file as UTF-8</source>
        <translation>%1: يحوي %2 النص %3 وفيه محرف تالف (نصف زوج بديل من ⁦UTF-16⁩، وهو ليس من اليونيكود)، فلا يمكن حفظه؛ لم يُقرأ شيء من الملف: اكتب ذلك النص من جديد واحفظ الملف بترميز ⁦UTF-8⁩</translation>
    </message>
    <message>
        <source>%1: %2 holds the text %3 with a NUL character, which cannot be stored; nothing was read from the file: remove that character and try again</source>
        <translation>%1: يحوي %2 النص %3 وفيه محرف ⁦NUL⁩ لا يمكن حفظه؛ لم يُقرأ شيء من الملف: احذف ذلك المحرف وحاول مجددًا</translation>
    </message>
    <message>
        <source>the text %1 holds a broken character (half of a UTF-16 surrogate pair, which is not Unicode; a terminal or a file name that is not UTF-8 gives such text), so it cannot be saved; nothing was saved: type that text again in UTF-8</source>
        <translation>يحوي النص %1 محرفًا تالفًا (نصف زوج بديل من ⁦UTF-16⁩، وهو ليس من اليونيكود؛ تُنتج مثل هذا النص طرفيةٌ أو اسمُ ملف ليس بترميز ⁦UTF-8⁩)، فلا يمكن حفظه؛ لم يُحفظ شيء: اكتب ذلك النص من جديد بترميز ⁦UTF-8⁩</translation>
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
    <message numerus="yes">
        <source>%n file(s) stored.</source>
        <translation>
            <numerusform>لم يُحفظ أي ملف.</numerusform>
            <numerusform>حُفظ ملف واحد.</numerusform>
            <numerusform>حُفظ ملفان.</numerusform>
            <numerusform>حُفظت %n ملفات.</numerusform>
            <numerusform>حُفظ %n ملفًا.</numerusform>
            <numerusform>حُفظ %n ملف.</numerusform>
        </translation>
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
        <translation>التجميع المركزي في الأمانة العامة لمجلس الوزراء (المفتاح %1)</translation>
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
        <translation>يُنشأ ملفك الشخصي عندما تختار أحد هذين الخيارين. تحدّد إعدادات الثقة جهة إصدار الشهادات في الأمانة العامة لمجلس الوزراء ومفاتيح التجميع المركزي التي تُشفَّر صادراتك إليها. ثبّت الملف الذي تسلّمته مع هذا الحاسوب، أو ابدأ ملفًا تدريبيًا لتتمرّن بمفردك.</translation>
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
        <translation>يُنشئ التدريب على هذا الحاسوب جهة تدريبية لإصدار الشهادات ومفتاح تجميع مركزي وحالة نموذجية، لتتمكن من التقييم والتصدير والدمج وإعداد التقارير بمفردك. لا تقبل الأمانة العامة لمجلس الوزراء صادرات التدريب.</translation>
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
        <translation>ملفك التدريبي جاهز، ومعه حالة نموذجية أُرفق ملخص وثيقة وضعها بالبند الأول دليلًا. جهة إصدار الشهادات التدريبية ومفتاح التجميع المركزي موجودان في %1 ومحميّان بعبارة المرور الخاصة بك؛ استخدمهما مع سطر أوامر ipms للتحقق من صادراتك ودمجها وإعداد تقاريرها.</translation>
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
        <translation>برنامج IPMS Desktop: تطبيق التقييم دون اتصال لنظام إدارة الأداء المؤسسي على مستوى الحكومة.</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>other items: %1</source>
        <translation>بنود أخرى: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
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
        <translation>استخدم عبارتي مرور مختلفتين لمفتاح الجذر ومفتاح التجميع المركزي.</translation>
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
    <message numerus="yes">
        <source>%n item(s) are not finished. Score each one, or mark it not assessed with a reason, then export again. Press Enter or double-click an item to go to it.</source>
        <translation>
            <numerusform>لا يوجد بند غير منجز. صدِّر من جديد.</numerusform>
            <numerusform>لم يُنجز بند واحد. ضع له درجة أو علّمه بأنه لم يُقيَّم مع ذكر السبب، ثم صدِّر من جديد. اضغط مفتاح الإدخال أو انقر نقرًا مزدوجًا على البند للانتقال إليه.</numerusform>
            <numerusform>لم يُنجز بندان. ضع درجة لكل منهما أو علّمه بأنه لم يُقيَّم مع ذكر السبب، ثم صدِّر من جديد. اضغط مفتاح الإدخال أو انقر نقرًا مزدوجًا على بند للانتقال إليه.</numerusform>
            <numerusform>لم تُنجز %n بنود. ضع درجة لكل منها أو علّمه بأنه لم يُقيَّم مع ذكر السبب، ثم صدِّر من جديد. اضغط مفتاح الإدخال أو انقر نقرًا مزدوجًا على بند للانتقال إليه.</numerusform>
            <numerusform>لم يُنجز %n بندًا. ضع درجة لكل منها أو علّمه بأنه لم يُقيَّم مع ذكر السبب، ثم صدِّر من جديد. اضغط مفتاح الإدخال أو انقر نقرًا مزدوجًا على بند للانتقال إليه.</numerusform>
            <numerusform>لم يُنجز %n بند. ضع درجة لكل منها أو علّمه بأنه لم يُقيَّم مع ذكر السبب، ثم صدِّر من جديد. اضغط مفتاح الإدخال أو انقر نقرًا مزدوجًا على بند للانتقال إليه.</numerusform>
        </translation>
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
        <translation>افتح قاعدة بيانات تجميع مركزي لترى حجرها.</translation>
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
        <translation>أبطلت الأمانة العامة لمجلس الوزراء شهادة الموقِّع. تواصل معها قبل استخدام هذا التقييم.</translation>
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
        <translation>لم يُشفَّر الملف لمفتاح التجميع المركزي هذا. تحقّق من اختيار المفتاح الصحيح، أو اطلب من المقيِّم التصدير لك من جديد.</translation>
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
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the consensus</source>
        <translation>إعادة فتح التوافق</translation>
    </message>
    <message>
        <source>The consensus will use the current individual revisions (%1 newer). Overrides whose individual scores changed are removed and listed; the others are kept. The reopening is recorded with your justification.</source>
        <translation>سيستخدم التوافق النسخ الفردية الحالية (%1 أحدث). الدرجات المعدَّلة التي تغيّرت درجاتها الفردية تُزال وتُعرض في قائمة، ويُبقى على غيرها. تُسجَّل إعادة الفتح مع مسوّغك.</translation>
    </message>
    <message>
        <source>why the team takes the newer revisions (required)</source>
        <translation>لماذا يعتمد الفريق النسخ الأحدث (مطلوب)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>إعادة ال&amp;فتح</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>ال&amp;مسوّغ:</translation>
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
    <message>
        <source>No feedback report for %1: no consensus agreed or started.</source>
        <translation>لا تقرير تغذية راجعة لـ %1: لم يُعتمد توافق ولم يبدأ.</translation>
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
        <translation>تطبيق IPMS Desktop مفتوح من قبل لهذا الملف الشخصي (العملية %1 على %2). انتقل إلى تلك النافذة، أو أغلقها قبل البدء من جديد.</translation>
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
        <translation>ال&amp;تجميع المركزي والحجر…</translation>
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
