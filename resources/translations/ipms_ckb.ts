<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku_IQ" sourcelanguage="en">
<context>
    <name>AdminInitialisePage</name>
    <message>
        <source>This folder holds no certificate authority. Initialise one here: it makes the root certificate, the consolidation key pair and an empty revocation list. Keep both passphrases apart and the folder backed up offline.</source>
        <translation>ئەم بوخچەیە هیچ دەسەڵاتێکی بڕوانامەی تێدا نییە. لێرە یەکێک دابمەزرێنە: بڕوانامەی ڕەگ و جووتە کلیلی یەکخستن و لیستێکی بەتاڵی هەڵوەشاندنەوە دروست دەکات. هەردوو دەستەواژە نهێنییەکە جیا هەڵبگرە و کۆپییەکی یەدەگی بوخچەکە بێ ئینتەرنێت هەڵبگرە.</translation>
    </message>
    <message>
        <source>Root certificate &amp;name:</source>
        <translation>&amp;ناوی بڕوانامەی ڕەگ:</translation>
    </message>
    <message>
        <source>e.g. CoMSEC IPMS Root 2026</source>
        <translation>بۆ نموونە CoMSEC IPMS Root 2026</translation>
    </message>
    <message>
        <source>Root key pass&amp;phrase:</source>
        <translation>دەستەواژەی نهێنیی کلیلی &amp;ڕەگ:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;دووبارەی بکەرەوە:</translation>
    </message>
    <message>
        <source>Consolidation &amp;key passphrase:</source>
        <translation>دەستەواژەی نهێنیی &amp;کلیلی یەکخستن:</translation>
    </message>
    <message>
        <source>R&amp;epeat it:</source>
        <translation>د&amp;ووبارەی بکەرەوە:</translation>
    </message>
    <message>
        <source>&amp;Initialise the CA</source>
        <translation>&amp;دامەزراندنی دەسەڵاتی بڕوانامە</translation>
    </message>
</context>
<context>
    <name>AdministrationWindow</name>
    <message>
        <source>Administration</source>
        <translation>بەڕێوەبردن</translation>
    </message>
    <message>
        <source>&amp;Choose CA folder…</source>
        <translation>&amp;هەڵبژاردنی بوخچەی دەسەڵاتی بڕوانامە…</translation>
    </message>
    <message>
        <source>CA &amp;folder:</source>
        <translation>&amp;بوخچەی دەسەڵاتی بڕوانامە:</translation>
    </message>
    <message>
        <source>Root key &amp;passphrase:</source>
        <translation>&amp;دەستەواژەی نهێنیی کلیلی ڕەگ:</translation>
    </message>
    <message>
        <source>Ce&amp;rtificates</source>
        <translation>&amp;بڕوانامەکان</translation>
    </message>
    <message>
        <source>&amp;Trust settings</source>
        <translation>ڕێکخستنەکانی &amp;متمانە</translation>
    </message>
    <message>
        <source>&amp;Institutions</source>
        <translation>&amp;دامەزراوەکان</translation>
    </message>
    <message>
        <source>Frame&amp;works</source>
        <translation>&amp;چوارچێوەکان</translation>
    </message>
    <message>
        <source>Certify a request</source>
        <translation>پەسەندکردنی داواکارییەک</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;گەڕان…</translation>
    </message>
    <message>
        <source>Choose the role…</source>
        <translation>ڕۆڵەکە هەڵبژێرە…</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>هەڵسەنگێنەر</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>سەرۆکی تیم</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ڕۆژ</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>گە&amp;ڕان…</translation>
    </message>
    <message>
        <source>&amp;Sign certificate</source>
        <translation>&amp;واژۆکردنی بڕوانامە</translation>
    </message>
    <message>
        <source>Before signing, read the key fingerprint to the holder by telephone and check it matches the one their profile shows.</source>
        <translation>پێش واژۆکردن، پەنجەمۆری کلیلەکە بە تەلەفۆن بۆ خاوەنەکەی بخوێنەوە و دڵنیابە کە لەگەڵ ئەوەی پرۆفایلەکەی پیشانی دەدات یەکدەگرێتەوە.</translation>
    </message>
    <message>
        <source>Request &amp;file:</source>
        <translation>&amp;فایلی داواکاری:</translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation>خاوەن:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>بابەت:</translation>
    </message>
    <message>
        <source>Key fingerprint:</source>
        <translation>پەنجەمۆری کلیل:</translation>
    </message>
    <message>
        <source>Receives bundles:</source>
        <translation>بەستە وەردەگرێت:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;ڕۆڵ:</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>&amp;ماوەی بەکارهاتن:</translation>
    </message>
    <message>
        <source>Save certificate &amp;as:</source>
        <translation>پاشەکەوتکردنی بڕوانامە &amp;بەناوی:</translation>
    </message>
    <message>
        <source>Issued certificates</source>
        <translation>بڕوانامە دەرچووەکان</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>خاوەن</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ڕۆڵ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>بەکارە تا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>پەنجەمۆر</translation>
    </message>
    <message>
        <source>Re&amp;voke selected…</source>
        <translation>&amp;هەڵوەشاندنەوەی هەڵبژێردراو…</translation>
    </message>
    <message>
        <source>Trust settings carry the root certificate, the revocation list, the consolidation key and the approved framework versions to every profile. Publish new ones after revoking a certificate or approving a framework.</source>
        <translation>ڕێکخستنەکانی متمانە بڕوانامەی ڕەگ و لیستی هەڵوەشاندنەوە و کلیلی یەکخستن و وەشانە پەسەندکراوەکانی چوارچێوە دەگەیەننە هەموو پرۆفایلێک. دوای هەڵوەشاندنەوەی بڕوانامەیەک یان پەسەندکردنی چوارچێوەیەک، ڕێکخستنی نوێ بڵاو بکەرەوە.</translation>
    </message>
    <message>
        <source>&amp;Publish trust settings</source>
        <translation>&amp;بڵاوکردنەوەی ڕێکخستنەکانی متمانە</translation>
    </message>
    <message>
        <source>Approved framework versions:</source>
        <translation>وەشانە پەسەندکراوەکانی چوارچێوە:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>&amp;نووسین بۆ:</translation>
    </message>
    <message>
        <source>name of a ministry or institution</source>
        <translation>ناوی وەزارەت یان دامەزراوەیەک</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;زیادکردن</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;لابردنی هەڵبژێردراو</translation>
    </message>
    <message>
        <source>The institutions CoMSEC assesses. Double-click a name to correct it.</source>
        <translation>ئەو دامەزراوانەی ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران هەڵیاندەسەنگێنێت. دوو کرتە لە ناوێک بکە بۆ ڕاستکردنەوەی.</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>چوارچێوە</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>وەشان</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>بڕگەکان</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>سەرچاوە</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>هاشی ناوەڕۆک</translation>
    </message>
    <message>
        <source>&amp;Import from Excel template…</source>
        <translation>&amp;هاوردەکردن لە قاڵبی Excel…</translation>
    </message>
    <message>
        <source>&amp;Export selected as template…</source>
        <translation>&amp;هەناردنی هەڵبژێردراو وەک قاڵب…</translation>
    </message>
    <message>
        <source>Type the root key passphrase first.</source>
        <translation>سەرەتا دەستەواژەی نهێنیی کلیلی ڕەگ بنووسە.</translation>
    </message>
    <message>
        <source>CA folder</source>
        <translation>بوخچەی دەسەڵاتی بڕوانامە</translation>
    </message>
    <message>
        <source>Certificate authority: %1</source>
        <translation>دەسەڵاتی بڕوانامە: %1</translation>
    </message>
    <message>
        <source>Choose the folder for the new CA first.</source>
        <translation>سەرەتا بوخچەی دەسەڵاتی بڕوانامەی نوێ هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Give the root certificate a name.</source>
        <translation>ناوێک بدە بە بڕوانامەی ڕەگ.</translation>
    </message>
    <message>
        <source>The repeated passphrase differs; type it again.</source>
        <translation>دەستەواژە دووبارەکراوەکە جیاوازە؛ دووبارە بینووسەوە.</translation>
    </message>
    <message>
        <source>The certificate authority %1 is ready.</source>
        <translation>دەسەڵاتی بڕوانامەی %1 ئامادەیە.</translation>
    </message>
    <message>
        <source>Creating the root certificate and keys…</source>
        <translation>بڕوانامەی ڕەگ و کلیلەکان دروست دەکرێن…</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>داواکاریی بڕوانامە</translation>
    </message>
    <message>
        <source>Requests (*.pem *.csr);;All files (*)</source>
        <translation>داواکارییەکان (*.pem *.csr);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <source>Yes (can be a team lead)</source>
        <translation>بەڵێ (دەتوانێت سەرۆکی تیم بێت)</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <source>This request has no key to receive bundles: it cannot be a team lead.</source>
        <translation>ئەم داواکارییە کلیلی وەرگرتنی بەستەی تێدا نییە، بۆیە ناتوانێت سەرۆکی تیم بێت.</translation>
    </message>
    <message>
        <source>Check the holder and the key fingerprint, choose the role, then sign.</source>
        <translation>خاوەنەکە و پەنجەمۆری کلیلەکە بپشکنە، ڕۆڵەکە هەڵبژێرە، پاشان واژۆ بکە.</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>پشکنینی دەستەواژەی نهێنی…</translation>
    </message>
    <message>
        <source>Choose why the certificate is revoked.</source>
        <translation>هۆکاری هەڵوەشاندنەوەی بڕوانامەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Nothing was revoked.</source>
        <translation>هیچ شتێک هەڵنەوەشێنرایەوە.</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>پاشەکەوتکردنی بڕوانامە</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>فایلەکە بگۆڕدرێت؟</translation>
    </message>
    <message>
        <source>%1 already exists. It may be another person&apos;s certificate. Replace it with the certificate of %2?</source>
        <translation>%1 پێشتر هەیە و لەوانەیە بڕوانامەی کەسێکی تر بێت. بە بڕوانامەی %2 بیگۆڕیت؟</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>گۆڕین</translation>
    </message>
    <message>
        <source>Keep it; choose another name</source>
        <translation>بیهێڵەوە؛ ناوێکی تر هەڵبژێرە</translation>
    </message>
    <message>
        <source>Nothing was signed. Choose another file name for the certificate.</source>
        <translation>هیچ شتێک واژۆ نەکرا. ناوێکی تری فایل بۆ بڕوانامەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Choose where to save the certificate.</source>
        <translation>شوێنی پاشەکەوتکردنی بڕوانامەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Choose the role this person will have, then sign.</source>
        <translation>ئەو ڕۆڵەی ئەم کەسە دەیبێت هەڵبژێرە، پاشان واژۆ بکە.</translation>
    </message>
    <message>
        <source>Certificate for %1 saved to %2. Its fingerprint: %3</source>
        <translation>بڕوانامەی %1 لە %2 پاشەکەوت کرا. پەنجەمۆرەکەی: %3</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>واژۆ دەکرێت…</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>هەڵوەشێنراوە</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>بەکارە</translation>
    </message>
    <message>
        <source>Select the certificate to revoke.</source>
        <translation>ئەو بڕوانامەیە هەڵبژێرە کە هەڵدەوەشێنرێتەوە.</translation>
    </message>
    <message>
        <source>%1 is revoked (revocation list %2). Publish new trust settings now.</source>
        <translation>%1 هەڵوەشێنرایەوە (لیستی هەڵوەشاندنەوە %2). ئێستا ڕێکخستنی متمانەی نوێ بڵاو بکەرەوە.</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>هەڵدەوەشێنرێتەوە…</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>لەگەڵ بەرنامەکەدا هاتووە</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>هاوردەکراو: %1</translation>
    </message>
    <message>
        <source>Trust settings file</source>
        <translation>فایلی ڕێکخستنەکانی متمانە</translation>
    </message>
    <message>
        <source>Choose where to write the trust settings.</source>
        <translation>شوێنی نووسینی ڕێکخستنەکانی متمانە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Approve at least one framework version.</source>
        <translation>لانیکەم یەک وەشانی چوارچێوە پەسەند بکە.</translation>
    </message>
    <message>
        <source>Trust settings serial %1 written to %2. Send the file to every team.</source>
        <translation>ڕێکخستنەکانی متمانە بە ژمارەی زنجیرەی %1 لە %2 نووسران. فایلەکە بۆ هەموو تیمەکان بنێرە.</translation>
    </message>
    <message>
        <source>Signing the trust settings…</source>
        <translation>ڕێکخستنەکانی متمانە واژۆ دەکرێن…</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 پێشتر لە لیستەکەدایە.</translation>
    </message>
    <message>
        <source>Institutions list saved (%1 names).</source>
        <translation>لیستی دامەزراوەکان پاشەکەوت کرا (%1 ناو).</translation>
    </message>
    <message>
        <source>Framework workbook</source>
        <translation>پەڕاوی چوارچێوە</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>پەڕاوەکانی Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>%1 problems: nothing was imported.</source>
        <translation>%1 کێشە: هیچ هاوردە نەکرا.</translation>
    </message>
    <message>
        <source>Framework imported to %1. Approve it in the trust settings to use it.</source>
        <translation>چوارچێوەکە بۆ %1 هاوردە کرا. بۆ بەکارهێنانی لە ڕێکخستنەکانی متمانەدا پەسەندی بکە.</translation>
    </message>
    <message>
        <source>Checking the workbook…</source>
        <translation>پەڕاوەکە دەپشکنرێت…</translation>
    </message>
    <message>
        <source>Select a framework version first.</source>
        <translation>سەرەتا وەشانێکی چوارچێوە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Excel template</source>
        <translation>قاڵبی Excel</translation>
    </message>
    <message>
        <source>Writing the template…</source>
        <translation>قاڵبەکە دەنووسرێت…</translation>
    </message>
    <message>
        <source>Template written.</source>
        <translation>قاڵبەکە نووسرا.</translation>
    </message>
    <message>
        <source>Save &amp;details</source>
        <translation>&amp;پاشەکەوتکردنی وردەکارییەکان</translation>
    </message>
    <message>
        <source>Se&amp;ctor:</source>
        <translation>&amp;کەرت:</translation>
    </message>
    <message>
        <source>&amp;Governorate:</source>
        <translation>&amp;پارێزگا:</translation>
    </message>
    <message>
        <source>Choose an institution in the list.</source>
        <translation>دامەزراوەیەک لە لیستەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Sector and governorate of %1 saved.</source>
        <translation>کەرت و پارێزگای %1 پاشەکەوت کران.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the profile</source>
        <translation>کۆپیی یەدەگی پرۆفایل</translation>
    </message>
    <message>
        <source>The backup is encrypted like the profile and opens only with your passphrase or recovery code. Keep it on a USB stick or another drive, away from this laptop. An existing backup is never replaced.</source>
        <translation>کۆپیی یەدەگ وەک پرۆفایلەکە شفرە کراوە و تەنها بە دەستەواژەی نهێنی یان کۆدی گەڕاندنەوە دەکرێتەوە. لەسەر فلاشێکی USB یان دیسکێکی تر، دوور لەم لاپتۆپە، هەڵیبگرە. کۆپیی یەدەگ هەرگیز جێگەی کۆپییەکی هەبوو ناگرێتەوە.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;گەڕان…</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;یەدەگ گرتن</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;بوخچە:</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>بوخچەی کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>Choose a folder that exists, for example on a USB stick.</source>
        <translation>بوخچەیەکی هەبوو هەڵبژێرە، بۆ نموونە لەسەر فلاشی USB.</translation>
    </message>
    <message>
        <source>Writing the encrypted backup…</source>
        <translation>نووسینی کۆپیی یەدەگی شفرەکراو…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تەواو</translation>
    </message>
    <message>
        <source>Backup written: %1 (with its key-slot file %2).</source>
        <translation>کۆپیی یەدەگ نووسرا: %1 (لەگەڵ فایلی کلیلەکانی %2).</translation>
    </message>
</context>
<context>
    <name>Completeness</name>
    <message>
        <source>not scored yet</source>
        <translation>هێشتا نمرەی بۆ دانەنراوە</translation>
    </message>
    <message>
        <source>%1 of %2 attributes are not scored</source>
        <translation>%1 لە %2 تایبەتمەندی نمرەیان بۆ دانەنراوە</translation>
    </message>
    <message>
        <source>the agreed overall %1 departs from the suggested %2 and needs a justification</source>
        <translation>نمرەی گشتیی ڕێککەوتوو %1 لە نمرەی پێشنیارکراو %2 دوور دەکەوێتەوە و پاساوی پێویستە</translation>
    </message>
    <message numerus="yes">
        <source>Scorebook: strengths written: %n; write %1 to %2.</source>
        <translation>
            <numerusform>ڕێبازی تۆماری هەڵسەنگاندن: ژمارەی خاڵە بەهێزە نووسراوەکان %n؛ %1 تا %2 بنووسە.</numerusform>
            <numerusform>ڕێبازی تۆماری هەڵسەنگاندن: ژمارەی خاڵە بەهێزە نووسراوەکان %n؛ %1 تا %2 بنووسە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scorebook: areas for improvement written: %n; write %1 to %2.</source>
        <translation>
            <numerusform>ڕێبازی تۆماری هەڵسەنگاندن: ژمارەی بوارە نووسراوەکانی باشترکردن %n؛ %1 تا %2 بنووسە.</numerusform>
            <numerusform>ڕێبازی تۆماری هەڵسەنگاندن: ژمارەی بوارە نووسراوەکانی باشترکردن %n؛ %1 تا %2 بنووسە.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scorebook: site-visit issues: %n; keep at most %2.</source>
        <translation>
            <numerusform>ڕێبازی تۆماری هەڵسەنگاندن: ژمارەی بابەتەکانی سەردانی مەیدانی %n؛ زۆرترین %2 بهێڵەوە.</numerusform>
            <numerusform>ڕێبازی تۆماری هەڵسەنگاندن: ژمارەی بابەتەکانی سەردانی مەیدانی %n؛ زۆرترین %2 بهێڵەوە.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scorebook: an overall of %1 needs at least one strength.</source>
        <translation>ڕێبازی تۆماری هەڵسەنگاندن: نمرەی گشتیی %1 لانیکەم یەک خاڵی بەهێزی پێویستە.</translation>
    </message>
    <message>
        <source>Scorebook: an overall of %1 needs at least one area for improvement.</source>
        <translation>ڕێبازی تۆماری هەڵسەنگاندن: نمرەی گشتیی %1 لانیکەم یەک بواری باشترکردنی پێویستە.</translation>
    </message>
</context>
<context>
    <name>ConsensusWorkspace</name>
    <message>
        <source>&amp;Institution and cycle:</source>
        <translation>&amp;دامەزراوە و خول:</translation>
    </message>
    <message>
        <source>&amp;Anonymised (Assessor A, B, …)</source>
        <translation>&amp;شاردنەوەی ناوی هەڵسەنگێنەران</translation>
    </message>
    <message>
        <source>&amp;Export consensus bundle…</source>
        <translation>&amp;هەناردنی بەستەی کۆدەنگی…</translation>
    </message>
    <message>
        <source>Exporting needs your profile with a team-lead certificate.</source>
        <translation>هەناردن پێویستی بە پرۆفایلەکەتە لەگەڵ بڕوانامەی سەرۆکی تیم.</translation>
    </message>
    <message>
        <source>why the team agrees on this score (required)</source>
        <translation>بۆچی تیمەکە لەسەر ئەم نمرەیە ڕێککەوتووە (پێویستە)</translation>
    </message>
    <message>
        <source>&amp;Set consensus</source>
        <translation>&amp;دانانی کۆدەنگی</translation>
    </message>
    <message>
        <source>Back to the &amp;mean</source>
        <translation>گەڕانەوە بۆ &amp;تێکڕا</translation>
    </message>
    <message>
        <source>Consensus &amp;value:</source>
        <translation>&amp;بەهای کۆدەنگی:</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;پاساو:</translation>
    </message>
    <message>
        <source>Strengths gathered from all assessors, repeats removed. Edit the wording the team agrees on.</source>
        <translation>خاڵە بەهێزەکان لە هەموو هەڵسەنگێنەرانەوە کۆکراونەتەوە و دووبارەکان لابراون. ئەو دەربڕینە دەستکاری بکە کە تیمەکە لەسەری ڕێکدەکەوێت.</translation>
    </message>
    <message>
        <source>Areas for improvement gathered from all assessors, repeats removed.</source>
        <translation>بوارەکانی باشترکردن لە هەموو هەڵسەنگێنەرانەوە کۆکراونەتەوە و دووبارەکان لابراون.</translation>
    </message>
    <message>
        <source>Com&amp;bine with the next entry</source>
        <translation>&amp;یەکخستن لەگەڵ تۆماری دواتر</translation>
    </message>
    <message>
        <source>Two assessors said the same thing in different words: join them into one.</source>
        <translation>دوو هەڵسەنگێنەر هەمان شتیان بە وشەی جیاواز وتووە: بیانکە بە یەک.</translation>
    </message>
    <message>
        <source>S&amp;trengths</source>
        <translation>خاڵە &amp;بەهێزەکان</translation>
    </message>
    <message>
        <source>Areas for im&amp;provement</source>
        <translation>بوارەکانی &amp;باشترکردن</translation>
    </message>
    <message>
        <source>No individual assessments are merged yet; merge the team&apos;s bundles on the Merge tab.</source>
        <translation>هێشتا هیچ هەڵسەنگاندنێکی تاکەکەسی تێکەڵ نەکراوە؛ بەستەکانی تیمەکە لە بەشی تێکەڵکردن تێکەڵ بکە.</translation>
    </message>
    <message>
        <source>Assessor %1</source>
        <translation>هەڵسەنگێنەر %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>تایبەتمەندی</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>تێکڕا</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>کەمترین</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>زۆرترین</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>جیاوازی</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>کۆدەنگی</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>پاساو</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>گشتی</translation>
    </message>
    <message>
        <source>Set by the team (* = departs from the start)</source>
        <translation>تیمەکە دایناوە (* = لە خاڵی دەستپێک جیاوازە)</translation>
    </message>
    <message>
        <source>Write why the team agrees on this score: a justification is required.</source>
        <translation>بنووسە بۆچی تیمەکە لەسەر ئەم نمرەیە ڕێککەوتووە: پاساو پێویستە.</translation>
    </message>
    <message>
        <source>Consensus saved.</source>
        <translation>کۆدەنگی پاشەکەوت کرا.</translation>
    </message>
    <message>
        <source>The consensus follows the mean again.</source>
        <translation>کۆدەنگی دووبارە شوێن تێکڕا دەکەوێت.</translation>
    </message>
    <message>
        <source>The key strength now reads as the edited entry.</source>
        <translation>خاڵی بەهێزی سەرەکی ئێستا وەک تۆمارە دەستکاریکراوەکە دەخوێنرێتەوە.</translation>
    </message>
    <message>
        <source>The key area for improvement now reads as the edited entry.</source>
        <translation>بواری باشترکردنی سەرەکی ئێستا وەک تۆمارە دەستکاریکراوەکە دەخوێنرێتەوە.</translation>
    </message>
    <message>
        <source>The key strength was removed with its entry.</source>
        <translation>خاڵی بەهێزی سەرەکی لەگەڵ تۆمارەکەیدا لابرا.</translation>
    </message>
    <message>
        <source>The key area for improvement was removed with its entry.</source>
        <translation>بواری باشترکردنی سەرەکی لەگەڵ تۆمارەکەیدا لابرا.</translation>
    </message>
    <message>
        <source>Choose an entry that has another one after it.</source>
        <translation>تۆمارێک هەڵبژێرە کە تۆمارێکی تری لە دوادا بێت.</translation>
    </message>
    <message>
        <source>Export consensus bundle</source>
        <translation>هەناردنی بەستەی کۆدەنگی</translation>
    </message>
    <message>
        <source>IPMS bundles (*.ipmsb)</source>
        <translation>بەستەکانی IPMS ‏(*.ipmsb)</translation>
    </message>
    <message>
        <source>Signing and writing the consensus bundle…</source>
        <translation>بەستەی کۆدەنگی واژۆ دەکرێت و دەنووسرێت…</translation>
    </message>
    <message>
        <source>Consensus bundle written to %1 (bundle id %2). Send it to CoMSEC.</source>
        <translation>بەستەی کۆدەنگی لە %1 نووسرا (ناسنامەی بەستە %2). بینێرە بۆ ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران.</translation>
    </message>
    <message>
        <source>none (provisional total)</source>
        <translation>هیچ (کۆی کاتی)</translation>
    </message>
    <message>
        <source>%1 assessors · consensus total %2 of %3 · level: %4 · %5 items to discuss first (overall scores spread by %6 points or more)</source>
        <translation>%1 هەڵسەنگێنەر · کۆی کۆدەنگی %2 لە %3 · ئاست: %4 · %5 بڕگە سەرەتا گفتوگۆ دەکرێن (جیاوازیی نمرە گشتییەکان %6 خاڵ یان زیاتر)</translation>
    </message>
    <message>
        <source>Freeze the individual revisions the consensus uses; revisions merged later are listed until you reopen.</source>
        <translation>وەشانە تاکەکەسییەکانی کە کۆدەنگی پشتیان پێدەبەستێت جێگیر بکە؛ وەشانەکانی دواتر تێکەڵ دەکرێن لە لیستێکدا پیشان دەدرێن تا دووبارە دەیکەیتەوە.</translation>
    </message>
    <message>
        <source>The consensus still uses the individual revisions frozen when it started. Reopen to take the newer ones: overrides whose individual scores changed are then removed and listed.</source>
        <translation>کۆدەنگی هێشتا ئەو وەشانە تاکەکەسییانە بەکاردەهێنێت کە لە کاتی دەستپێکردنیدا جێگیر کران. بۆ وەرگرتنی وەشانە نوێترەکان دووبارە بیکەرەوە: ئەو کاتە ئەو نمرە گۆڕدراوانەی نمرە تاکەکەسییەکانیان گۆڕاوە لادەبرێن و لە لیستێکدا پیشان دەدرێن.</translation>
    </message>
    <message>
        <source>Item a&amp;greed</source>
        <translation>بڕگەکە ڕێککەوتوو&amp;ە</translation>
    </message>
    <message>
        <source>Mark the item once the team has agreed its scores and texts.</source>
        <translation>کاتێک تیمەکە لەسەر نمرە و دەقەکانی ڕێککەوت، بڕگەکە نیشانە بکە.</translation>
    </message>
    <message>
        <source>&amp;Key point</source>
        <translation>خاڵی &amp;سەرەکی</translation>
    </message>
    <message>
        <source>Make the chosen entry the item&apos;s key strength or key area for improvement, for the feedback report&apos;s executive summary. Key points are shown in bold.</source>
        <translation>تۆمارە هەڵبژێردراوەکە بکە بە خاڵی بەهێزی سەرەکی یان بواری باشترکردنی سەرەکیی بڕگەکە، بۆ پوختەی جێبەجێکاری لە ڕاپۆرتی فیدباکدا. خاڵە سەرەکییەکان بە قەڵەو پیشان دەدرێن.</translation>
    </message>
    <message>
        <source>Consensus started: the individual revisions are frozen. Newer ones will be listed until you reopen.</source>
        <translation>کۆدەنگی دەستی پێکرد: وەشانە تاکەکەسییەکان جێگیر کران. وەشانە نوێترەکان لە لیستێکدا پیشان دەدرێن تا دووبارە دەیکەیتەوە.</translation>
    </message>
    <message>
        <source>Not started: the consensus follows the current individual revisions. Start it (or make a first change) to freeze them.</source>
        <translation>دەستی پێنەکراوە: کۆدەنگی شوێن وەشانە تاکەکەسییە ئێستاییەکان دەکەوێت. دەستی پێبکە (یان یەکەم گۆڕانکاری بکە) بۆ جێگیرکردنیان.</translation>
    </message>
    <message>
        <source>Exported (revision %1); individual revisions frozen since %2.</source>
        <translation>هەناردە کرا (وەشانی %1)؛ وەشانە تاکەکەسییەکان لە %2ەوە جێگیرن.</translation>
    </message>
    <message>
        <source>Started; reopened on %1 by %2.</source>
        <translation>دەستی پێکراوە؛ لە %1 لەلایەن %2 دووبارە کرایەوە.</translation>
    </message>
    <message>
        <source>Started on %1 by %2: individual revisions frozen.</source>
        <translation>لە %1 لەلایەن %2 دەستی پێکرا: وەشانە تاکەکەسییەکان جێگیرن.</translation>
    </message>
    <message>
        <source>%1 of %2 items agreed</source>
        <translation>%1 لە %2 بڕگە ڕێککەوتوون</translation>
    </message>
    <message>
        <source>%1 revision %2</source>
        <translation>%1، وەشانی %2</translation>
    </message>
    <message>
        <source>Choose an entry to make it the item&apos;s key point.</source>
        <translation>تۆمارێک هەڵبژێرە بۆ ئەوەی بیکەیت بە خاڵی سەرەکیی بڕگەکە.</translation>
    </message>
    <message>
        <source>Items not marked agreed (%1) were exported as they stand.</source>
        <translation>ئەو بڕگانەی بە ڕێککەوتوو نیشانە نەکراون (%1) وەک خۆیان هەناردە کران.</translation>
    </message>
    <message>
        <source>Newer revisions, not used until you reopen (%1): %2</source>
        <translation>وەشانی نوێتر، تا دووبارە نەیکەیتەوە بەکارنایەن (%1): %2</translation>
    </message>
    <message>
        <source>Reopened on the current revisions. %1 overrides kept; these no longer apply and were removed (their individual scores changed): %2</source>
        <translation>لەسەر وەشانە ئێستاییەکان دووبارە کرایەوە. %1 نمرەی گۆڕدراو مانەوە؛ ئەمانە ئیتر ناگونجێن و لابران (نمرە تاکەکەسییەکانیان گۆڕا): %2</translation>
    </message>
    <message>
        <source>Reopened on the current revisions; all %1 overrides still apply.</source>
        <translation>لەسەر وەشانە ئێستاییەکان دووبارە کرایەوە؛ هەموو %1 نمرە گۆڕدراوەکە هێشتا دەگونجێن.</translation>
    </message>
    <message>
        <source>Start co&amp;nsensus</source>
        <translation>&amp;دەستپێکردنی کۆدەنگی</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>&amp;دووبارە کردنەوە…</translation>
    </message>
</context>
<context>
    <name>ConsolidationWindow</name>
    <message>
        <source>Consolidation</source>
        <translation>یەکخستن</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;تێکەڵکردن</translation>
    </message>
    <message>
        <source>&amp;Quarantine</source>
        <translation>&amp;کەرەنتینە</translation>
    </message>
    <message>
        <source>&amp;Consensus</source>
        <translation>&amp;کۆدەنگی</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;ڕاپۆرتەکان</translation>
    </message>
    <message>
        <source>Open a consolidation database on the Merge tab first.</source>
        <translation>سەرەتا بنکەدراوەیەکی یەکخستن لە بەشی تێکەڵکردن بکەرەوە.</translation>
    </message>
    <message>
        <source>a file such as team.ipmsdb, or postgresql+psycopg://user@server/ipms</source>
        <translation>فایلێکی وەک team.ipmsdb، یان postgresql+psycopg://user@server/ipms</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;گەڕان…</translation>
    </message>
    <message>
        <source>Repeat passphrase (new file):</source>
        <translation>دەستەواژەی نهێنی دووبارە بکەرەوە (فایلی نوێ):</translation>
    </message>
    <message>
        <source>empty: the trust settings installed in this profile</source>
        <translation>بەتاڵ: ڕێکخستنەکانی متمانەی دامەزراو لەم پرۆفایلەدا</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>&amp;گەڕان…</translation>
    </message>
    <message>
        <source>Trust settings</source>
        <translation>ڕێکخستنەکانی متمانە</translation>
    </message>
    <message>
        <source>empty: this profile&apos;s team-lead key</source>
        <translation>بەتاڵ: کلیلی سەرۆکی تیمی ئەم پرۆفایلە</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>گە&amp;ڕان…</translation>
    </message>
    <message>
        <source>Consolidation key</source>
        <translation>کلیلی یەکخستن</translation>
    </message>
    <message>
        <source>empty: a folder named quarantine beside the database</source>
        <translation>بەتاڵ: بوخچەیەک بە ناوی quarantine لە تەنیشت بنکەدراوەکە</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>گەڕ&amp;ان…</translation>
    </message>
    <message>
        <source>&amp;Open database</source>
        <translation>&amp;کردنەوەی بنکەدراوە</translation>
    </message>
    <message>
        <source>C&amp;lose database</source>
        <translation>&amp;داخستنی بنکەدراوە</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;بنکەدراوە:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;دەستەواژەی نهێنی:</translation>
    </message>
    <message>
        <source>&amp;Trust settings:</source>
        <translation>ڕێکخستنەکانی &amp;متمانە:</translation>
    </message>
    <message>
        <source>Consolidation &amp;key:</source>
        <translation>&amp;کلیلی یەکخستن:</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>دەستەواژەی نهێنیی &amp;کلیل:</translation>
    </message>
    <message>
        <source>&amp;Quarantine folder:</source>
        <translation>بوخچەی &amp;کەرەنتینە:</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>زیادکردنی &amp;فایل…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>زیادکردنی &amp;بوخچە…</translation>
    </message>
    <message>
        <source>Consolidation database</source>
        <translation>بنکەدراوەی یەکخستن</translation>
    </message>
    <message>
        <source>Consolidation files (*.ipmsdb);;All files (*)</source>
        <translation>فایلەکانی یەکخستن (*.ipmsdb);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <source>Quarantine folder</source>
        <translation>بوخچەی کەرەنتینە</translation>
    </message>
    <message>
        <source>Add bundles</source>
        <translation>زیادکردنی بەستە</translation>
    </message>
    <message>
        <source>IPMS bundles (*%1);;All files (*)</source>
        <translation>بەستەکانی IPMS ‏(*%1);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <source>Add every bundle in a folder</source>
        <translation>زیادکردنی هەموو بەستەکانی بوخچەیەک</translation>
    </message>
    <message>
        <source>The two passphrases differ; type them again.</source>
        <translation>دوو دەستەواژە نهێنییەکە جیاوازن؛ دووبارە بیاننووسەوە.</translation>
    </message>
    <message>
        <source>Opening the database and checking the keys…</source>
        <translation>بنکەدراوەکە دەکرێتەوە و کلیلەکان دەپشکنرێن…</translation>
    </message>
    <message>
        <source>Open: %1. Trust settings serial %2.</source>
        <translation>کراوەتەوە: %1. ژمارەی زنجیرەی ڕێکخستنەکانی متمانە %2.</translation>
    </message>
    <message>
        <source>New consolidation file</source>
        <translation>فایلی یەکخستنی نوێ</translation>
    </message>
    <message>
        <source>A new consolidation file was created at %1. Its recovery code is shown only now; write it down and keep it offline:

%2</source>
        <translation>فایلێکی یەکخستنی نوێ لە %1 دروست کرا. کۆدی گەڕاندنەوەکەی تەنها ئێستا پیشان دەدرێت؛ بینووسە و دوور لە کۆمپیوتەر هەڵیبگرە:

%2</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>نووسیومەتەوە</translation>
    </message>
    <message>
        <source>Wait until the current work finishes, then close.</source>
        <translation>چاوەڕێ بکە تا کاری ئێستا تەواو دەبێت، پاشان دایبخە.</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>بنکەدراوەکە داخرا.</translation>
    </message>
    <message>
        <source>No .ipmsb files were found there.</source>
        <translation>هیچ فایلێکی ‎.ipmsb لەوێ نەدۆزرایەوە.</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n files…</source>
        <translation>
            <numerusform>تێکەڵکردنی %n فایل…</numerusform>
            <numerusform>تێکەڵکردنی %n فایل…</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the consolidation &amp;key…</source>
        <translation>هەڵبژاردنی &amp;کلیلی یەکخستن…</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>دەستەواژەی نهێنیی %1:</translation>
    </message>
    <message>
        <source>Opening the key file…</source>
        <translation>کردنەوەی فایلی کلیل…</translation>
    </message>
    <message>
        <source>Merging with %1 from now on; add the files again.</source>
        <translation>لە ئێستاوە بە %1 تێکەڵ دەکرێت؛ فایلەکان دووبارە زیاد بکە.</translation>
    </message>
    <message numerus="yes">
        <source>Merge done, %n file(s) rejected (see the Quarantine tab): %1</source>
        <translation>
            <numerusform>تێکەڵکردن تەواو بوو، یەک فایل ڕەتکرایەوە (سەیری بەشی کەرەنتینە بکە): %1</numerusform>
            <numerusform>تێکەڵکردن تەواو بوو، %n فایل ڕەتکرانەوە (سەیری بەشی کەرەنتینە بکە): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge finished: %1</source>
        <translation>تێکەڵکردن تەواو بوو: %1</translation>
    </message>
    <message>
        <source>CoMSEC&apos;s consolidation key (key %1)</source>
        <translation>کلیلی یەکخستنی ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران (کلیلی %1)</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>کلیلی %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>No consolidation key is chosen, so nothing can be merged yet: the bundles are encrypted for %1. Choose that key&apos;s file with Choose the consolidation key, then add the files.</source>
        <translation>هیچ کلیلێکی یەکخستن هەڵنەبژێردراوە، بۆیە هێشتا هیچ تێکەڵ ناکرێت: بەستەکان بۆ %1 شاردراونەتەوە. فایلی ئەو کلیلە بە دوگمەی «هەڵبژاردنی کلیلی یەکخستن» هەڵبژێرە، پاشان فایلەکان زیاد بکە.</translation>
    </message>
    <message>
        <source>%1 is encrypted for %2, not for the key in use (%3). The merge stopped there: nothing was quarantined and the files after it were not read. Choose the key file for %2 with Choose the consolidation key, then add the files again.</source>
        <translation>فایلی %1 بۆ %2 شاردراوەتەوە، نەک بۆ ئەو کلیلەی بەکاردێت (%3). تێکەڵکردن لەوێدا وەستا: هیچ شتێک نەخرایە کەرەنتینەوە و فایلەکانی دوای ئەو نەخوێندرانەوە. فایلی %2 بە دوگمەی «هەڵبژاردنی کلیلی یەکخستن» هەڵبژێرە، پاشان فایلەکان دووبارە زیاد بکە.</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>framework %1 (%2) is not approved by the installed trust settings; install current trust settings from CoMSEC</source>
        <translation>چوارچێوەی %1 (%2) لە ڕێکخستنەکانی متمانەی دامەزراودا پەسەند نەکراوە؛ ڕێکخستنەکانی متمانەی ئێستا لە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران دابمەزرێنە</translation>
    </message>
    <message>
        <source>bundle kind %1 is not known</source>
        <translation>جۆری بەستەی %1 نەناسراوە</translation>
    </message>
    <message>
        <source>%1: the document lacks %2</source>
        <translation>%1: بەڵگەنامەکە %2ی تێدا نییە</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>manifest does not start with its context line</source>
        <translation>پێڕستی ناوەڕۆک بە هێڵی دەقی خۆی دەست پێ ناکات</translation>
    </message>
    <message>
        <source>manifest is not a JSON object</source>
        <translation>پێڕستی ناوەڕۆک ئۆبجێکتی ⁦JSON⁩ نییە</translation>
    </message>
    <message>
        <source>manifest format %1 is not supported (this version reads %2); update IPMS Desktop</source>
        <translation>فۆرماتی پێڕستی ناوەڕۆک %1 پشتگیری ناکرێت (ئەم وەشانە %2 دەخوێنێتەوە)؛ ⁦IPMS Desktop⁩ نوێ بکەرەوە</translation>
    </message>
    <message>
        <source>unexpected or missing fields: %1%2</source>
        <translation>خانەی چاوەڕواننەکراو یان ونبوو: %1%2</translation>
    </message>
    <message>
        <source>kind must be text</source>
        <translation>جۆر دەبێت دەق بێت</translation>
    </message>
    <message>
        <source>HPKE suite %1 is not supported</source>
        <translation>کۆمەڵەی ⁦HPKE⁩ %1 پشتگیری ناکرێت</translation>
    </message>
    <message>
        <source>bundle_id must be 32 lowercase hex digits</source>
        <translation>⁦bundle_id⁩ دەبێت 32 ژمارەی شازدەیی بە پیتی بچووک بێت</translation>
    </message>
    <message>
        <source>manifest holds the non-number %1</source>
        <translation>پێڕستی ناوەڕۆک نرخی ناژمارەیی %1ی تێدایە</translation>
    </message>
    <message>
        <source>%1 must be base64 text</source>
        <translation>%1 دەبێت دەقی ⁦base64⁩ بێت</translation>
    </message>
    <message>
        <source>signer_certificate has no Ed25519 key</source>
        <translation>⁦signer_certificate⁩ کلیلی ⁦Ed25519⁩ی تێدا نییە</translation>
    </message>
    <message>
        <source>recipients must list 1 to %1 keys</source>
        <translation>لیستی وەرگرەکان دەبێت 1 تا %1 کلیل بێت</translation>
    </message>
    <message>
        <source>members must be a non-empty list</source>
        <translation>بەشەکان دەبێت لیستێکی بەتاڵ نەبن</translation>
    </message>
    <message>
        <source>%1 members, more than the limit of %2</source>
        <translation>ژمارەی بەشەکان %1ە، زیاترە لە سنووری %2</translation>
    </message>
    <message>
        <source>a member name is not text</source>
        <translation>ناوی بەشێک دەق نییە</translation>
    </message>
    <message>
        <source>member %1 is named %2; only document.json first, then evidence/&lt;sha256&gt;</source>
        <translation>بەشی %1 ناوی %2یە؛ تەنها ⁦document.json⁩ لە سەرەتا، پاشان ⁦evidence/&lt;sha256&gt;⁩ ڕێگەپێدراوە</translation>
    </message>
    <message>
        <source>member %1 appears twice</source>
        <translation>بەشی %1 دوو جار هاتووە</translation>
    </message>
    <message>
        <source>manifest is not valid UTF-8 JSON</source>
        <translation>پێڕستی ناوەڕۆک ⁦JSON⁩ی دروستی ⁦UTF-8⁩ نییە</translation>
    </message>
    <message>
        <source>created must be a UTC time</source>
        <translation>⁦created⁩ دەبێت کاتێکی ⁦UTC⁩ بێت</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 ⁦base64⁩ی دروست نییە</translation>
    </message>
    <message>
        <source>signer_certificate is not a readable DER certificate</source>
        <translation>⁦signer_certificate⁩ بڕوانامەیەکی ⁦DER⁩ی خوێندنەوەیی نییە</translation>
    </message>
    <message>
        <source>a recipient must be {key_id, wrapped_key}</source>
        <translation>وەرگر دەبێت بە شێوەی ⁦{key_id, wrapped_key}⁩ بێت</translation>
    </message>
    <message>
        <source>recipient key ids must be distinct</source>
        <translation>ناسنامەی کلیلی وەرگرەکان دەبێت جیاواز بن</translation>
    </message>
    <message>
        <source>a wrapped key has the wrong length</source>
        <translation>درێژیی کلیلێکی پێچراو هەڵەیە</translation>
    </message>
    <message>
        <source>a member must be {name, size, sha256, ciphertext_sha256}</source>
        <translation>بەش دەبێت بە شێوەی ⁦{name, size, sha256, ciphertext_sha256}⁩ بێت</translation>
    </message>
    <message>
        <source>member %1 has no valid size</source>
        <translation>بەشی %1 قەبارەی دروستی نییە</translation>
    </message>
    <message>
        <source>member %1 declares %2 bytes, over the %3 limit</source>
        <translation>بەشی %1 قەبارەی %2 بایت ڕادەگەیەنێت، زیاتر لە سنووری %3</translation>
    </message>
    <message>
        <source>member %1 has malformed digests</source>
        <translation>پەنجەمۆرەکانی بەشی %1 تێکچوون</translation>
    </message>
    <message>
        <source>member %1 is named by another digest</source>
        <translation>بەشی %1 بە پەنجەمۆرێکی تر ناونراوە</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>فایلەکە بوونی نییە</translation>
    </message>
    <message>
        <source>the file is not an ordinary file</source>
        <translation>فایلەکە فایلێکی ئاسایی نییە</translation>
    </message>
    <message>
        <source>%1 does not start with the bundle marker</source>
        <translation>%1 بە نیشانەی بەستە دەست پێ ناکات</translation>
    </message>
    <message>
        <source>the file ends inside its header</source>
        <translation>فایلەکە لە ناو سەرپەڕەکەیدا کۆتایی دێت</translation>
    </message>
    <message>
        <source>bundle format %1 is not supported (this version reads %2); update IPMS Desktop</source>
        <translation>فۆرماتی بەستەی %1 پشتگیری ناکرێت (ئەم وەشانە %2 دەخوێنێتەوە)؛ ⁦IPMS Desktop⁩ نوێ بکەرەوە</translation>
    </message>
    <message>
        <source>reserved header bytes are not zero</source>
        <translation>بایتە پارێزراوەکانی سەرپەڕە سفر نین</translation>
    </message>
    <message>
        <source>the file is shorter than an empty bundle</source>
        <translation>فایلەکە لە بەستەیەکی بەتاڵ کورتترە</translation>
    </message>
    <message>
        <source>the end marker is missing; the file was cut short</source>
        <translation>نیشانەی کۆتایی ونە؛ فایلەکە بڕاوە</translation>
    </message>
    <message>
        <source>manifest of %1 bytes exceeds the %2 limit</source>
        <translation>پێڕستی ناوەڕۆک بە قەبارەی %1 بایت لە سنووری %2 تێدەپەڕێت</translation>
    </message>
    <message>
        <source>the trailer does not match the file size</source>
        <translation>پاشکۆی فایلەکە لەگەڵ قەبارەکەی ناگونجێت</translation>
    </message>
    <message>
        <source>member sizes in the manifest do not match the file&apos;s layout</source>
        <translation>قەبارەی بەشەکان لە پێڕستی ناوەڕۆکدا لەگەڵ ڕێکخستنی فایلەکە ناگونجێت</translation>
    </message>
    <message>
        <source>framework %1 (%2) is not in the trust settings; install current trust settings or use an approved framework</source>
        <translation>چوارچێوەی %1 (%2) لە ڕێکخستنەکانی متمانەدا نییە؛ ڕێکخستنەکانی متمانەی ئێستا دابمەزرێنە یان چوارچێوەیەکی پەسەندکراو بەکاربهێنە</translation>
    </message>
    <message>
        <source>the bundle claims a creation time later than this clock</source>
        <translation>بەستەکە کاتی دروستکردنێک ڕادەگەیەنێت کە دواترە لە کاتژمێری ئەم کۆمپیوتەرە</translation>
    </message>
    <message>
        <source>the bundle&apos;s creation time lies outside the signer certificate&apos;s validity</source>
        <translation>کاتی دروستکردنی بەستەکە لە دەرەوەی ماوەی کارپێکردنی بڕوانامەی واژۆکەرە</translation>
    </message>
    <message>
        <source>member %1 differs from what was signed</source>
        <translation>بەشی %1 جیاوازە لەوەی واژۆ کرا</translation>
    </message>
    <message>
        <source>member %1 decrypts to other content</source>
        <translation>کردنەوەی شفرەی بەشی %1 ناوەڕۆکێکی تر دەدات</translation>
    </message>
    <message>
        <source>the bundle was not encrypted for key %1; use another key</source>
        <translation>بەستەکە بۆ کلیلی %1 شفرە نەکراوە؛ کلیلێکی تر بەکاربهێنە</translation>
    </message>
    <message>
        <source>the document is not a JSON object</source>
        <translation>بەڵگەنامەکە ئۆبجێکتی ⁦JSON⁩ نییە</translation>
    </message>
    <message>
        <source>the document disagrees with the manifest on %1</source>
        <translation>بەڵگەنامەکە لە %1دا لەگەڵ پێڕستی ناوەڕۆک ناکۆکە</translation>
    </message>
    <message>
        <source>%1: evidence folder does not exist; create it first</source>
        <translation>%1: بوخچەی بەڵگەکان بوونی نییە؛ سەرەتا دروستی بکە</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>فایلەکە ناخوێندرێتەوە (%1)</translation>
    </message>
    <message>
        <source>reading failed (%1)</source>
        <translation>خوێندنەوە سەرکەوتوو نەبوو (%1)</translation>
    </message>
    <message>
        <source>the file ends early</source>
        <translation>فایلەکە پێش کات کۆتایی دێت</translation>
    </message>
    <message>
        <source>the signature does not match; the bundle was altered</source>
        <translation>واژۆکە ناگونجێت؛ بەستەکە دەستکاری کراوە</translation>
    </message>
    <message>
        <source>the content key does not decrypt with this key</source>
        <translation>کلیلی ناوەڕۆک بەم کلیلە ناکرێتەوە</translation>
    </message>
    <message>
        <source>the document is not valid JSON</source>
        <translation>بەڵگەنامەکە ⁦JSON⁩ی دروست نییە</translation>
    </message>
    <message>
        <source>%1: writing evidence failed (%2); nothing was kept. Free space or choose another folder</source>
        <translation>%1: نووسینی بەڵگەکان سەرکەوتوو نەبوو (%2)؛ هیچ شتێک هەڵنەگیرا. شوێن بەتاڵ بکەرەوە یان بوخچەیەکی تر هەڵبژێرە</translation>
    </message>
    <message>
        <source>member %1 chunk %2 does not decrypt</source>
        <translation>پارچەی %2ی بەشی %1 ناکرێتەوە</translation>
    </message>
    <message>
        <source>a %1 bundle carries a &apos;%2&apos; document, not %3</source>
        <translation>بەستەیەکی جۆری %1 بەڵگەنامەیەکی &apos;%2&apos; هەڵدەگرێت، نەک %3</translation>
    </message>
    <message>
        <source>the assessment document is too large for a bundle</source>
        <translation>بەڵگەنامەی هەڵسەنگاندن بۆ بەستەیەک زۆر گەورەیە</translation>
    </message>
    <message>
        <source>evidence %1 no longer matches its recorded SHA-256; the stored file is damaged, re-attach it and export again</source>
        <translation>بەڵگەی %1 چیتر لەگەڵ ⁦SHA-256⁩ی تۆمارکراوی ناگونجێت؛ فایلە پاشەکەوتکراوەکە تێکچووە، دووبارە هاوپێچی بکە و دیسان هەناردە بکە</translation>
    </message>
    <message>
        <source>%1 is smaller than its recorded %2 bytes; re-attach it</source>
        <translation>%1 لە قەبارە تۆمارکراوەکەی (%2 بایت) بچووکترە؛ دووبارە هاوپێچی بکە</translation>
    </message>
    <message>
        <source>the signing key does not match the installed certificate</source>
        <translation>کلیلی واژۆ لەگەڵ بڕوانامە دامەزراوەکە ناگونجێت</translation>
    </message>
    <message>
        <source>a %1 bundle must be signed with role %2; this certificate holds role &apos;%3&apos;; ask CoMSEC for the right certificate</source>
        <translation>بەستەی %1 دەبێت بە ڕۆڵی %2 واژۆ بکرێت؛ ئەم بڕوانامەیە ڕۆڵی &apos;%3&apos;ی هەیە؛ بڕوانامەی دروست لە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران داوا بکە</translation>
    </message>
    <message>
        <source>a bundle needs at least one recipient; install the trust settings</source>
        <translation>بەستە لانیکەم یەک وەرگری پێویستە؛ ڕێکخستنەکانی متمانە دابمەزرێنە</translation>
    </message>
    <message>
        <source>at most %1 recipients per bundle</source>
        <translation>لانیزۆر %1 وەرگر بۆ هەر بەستەیەک</translation>
    </message>
    <message>
        <source>recipients use different HPKE suites (%1)</source>
        <translation>وەرگرەکان کۆمەڵەی ⁦HPKE⁩ی جیاواز بەکاردەهێنن (%1)</translation>
    </message>
    <message>
        <source>at most %1 evidence files per bundle</source>
        <translation>لانیزۆر %1 فایلی بەڵگە بۆ هەر بەستەیەک</translation>
    </message>
    <message>
        <source>the bundle document cannot be written as JSON (%1)</source>
        <translation>بەڵگەنامەی بەستە وەک ⁦JSON⁩ نانووسرێت (%1)</translation>
    </message>
    <message>
        <source>too many evidence files for one bundle (manifest over its limit)</source>
        <translation>فایلی بەڵگە بۆ یەک بەستە زۆرن (پێڕستی ناوەڕۆک لە سنوورەکەی تێپەڕیوە)</translation>
    </message>
    <message>
        <source>%1 is larger than its recorded %2 bytes; re-attach it</source>
        <translation>%1 لە قەبارە تۆمارکراوەکەی (%2 بایت) گەورەترە؛ دووبارە هاوپێچی بکە</translation>
    </message>
    <message>
        <source>evidence digest %1 is malformed or listed twice</source>
        <translation>پەنجەمۆری بەڵگەی %1 تێکچووە یان دوو جار هاتووە</translation>
    </message>
    <message>
        <source>evidence %1 is too large for a bundle</source>
        <translation>بەڵگەی %1 بۆ بەستەیەک زۆر گەورەیە</translation>
    </message>
    <message>
        <source>the manifest is malformed: %1</source>
        <translation>پێڕستی ناوەڕۆک تێکچووە: %1</translation>
    </message>
    <message>
        <source>this profile&apos;s certificate cannot sign assessments (%1); ask CoMSEC for a new one</source>
        <translation>بڕوانامەی ئەم پرۆفایلە ناتوانێت هەڵسەنگاندن واژۆ بکات (%1)؛ بڕوانامەیەکی نوێ لە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران داوا بکە</translation>
    </message>
    <message>
        <source>this profile&apos;s certificate cannot sign a consensus (%1); a team-lead certificate from CoMSEC is needed</source>
        <translation>بڕوانامەی ئەم پرۆفایلە ناتوانێت کۆدەنگی واژۆ بکات (%1)؛ بڕوانامەی سەرۆکی تیم لە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران پێویستە</translation>
    </message>
    <message>
        <source>%1: no CA here (root.pem missing); run &apos;ipms admin init&apos; first</source>
        <translation>%1: هیچ دەسەڵاتی بڕوانامە لێرە نییە (⁦root.pem⁩ ونە)؛ سەرەتا ⁦&apos;ipms admin init&apos;⁩ جێبەجێ بکە</translation>
    </message>
    <message>
        <source>%1: cannot read (%2)</source>
        <translation>%1: ناخوێندرێتەوە (%2)</translation>
    </message>
    <message>
        <source>%1: not a PEM certificate</source>
        <translation>%1: بڕوانامەی ⁦PEM⁩ نییە</translation>
    </message>
    <message>
        <source>%1: %2; nothing was changed</source>
        <translation>%1: %2؛ هیچ شتێک نەگۆڕدرا</translation>
    </message>
    <message>
        <source>item %1 is not in framework %2</source>
        <translation>بڕگەی %1 لە چوارچێوەی %2دا نییە</translation>
    </message>
    <message>
        <source>item %1 has %2 %3; --remove takes 1 to %2</source>
        <translation>بڕگەی %1 %2 %3ی هەیە؛ ⁦--remove⁩ لە 1 تا %2 وەردەگرێت</translation>
    </message>
    <message>
        <source>--out %1: framework files are JSON; name it %2.json</source>
        <translation>⁦--out⁩ %1: فایلەکانی چوارچێوە ⁦JSON⁩ن؛ ناوی بنێ ⁦%2.json⁩</translation>
    </message>
    <message>
        <source>give bundles to merge, or --statement FILE to install</source>
        <translation>بەستەکان بۆ تێکەڵکردن دیاری بکە، یان ⁦--statement FILE⁩ بۆ دامەزراندن</translation>
    </message>
    <message>
        <source>no profile in %1; create one with `ipms profile create --profile %1 --name NAME`</source>
        <translation>هیچ پرۆفایلێک لە %1دا نییە؛ یەکێک دروست بکە بە ⁦`ipms profile create --profile %1 --name NAME`⁩</translation>
    </message>
    <message>
        <source>profile %1 failed verification; restore the latest backup with `ipms profile restore`</source>
        <translation>پشکنینی پرۆفایلی %1 سەرکەوتوو نەبوو؛ دوایین کۆپیی یەدەگ بە ⁦`ipms profile restore`⁩ بگەڕێنەوە</translation>
    </message>
    <message>
        <source>%1 needed: no terminal to ask on; set %2 for scripts</source>
        <translation>%1 پێویستە: هیچ تێرمیناڵێک نییە بۆ پرسیارکردن؛ بۆ سکریپتەکان %2 دابنێ</translation>
    </message>
    <message>
        <source>nothing was typed; nothing was changed</source>
        <translation>هیچ نەنووسرا؛ هیچ شتێک نەگۆڕدرا</translation>
    </message>
    <message>
        <source>%1 is set but empty</source>
        <translation>%1 دانراوە بەڵام بەتاڵە</translation>
    </message>
    <message>
        <source>the two entries differ; nothing was changed</source>
        <translation>دوو نووسینەکە جیاوازن؛ هیچ شتێک نەگۆڕدرا</translation>
    </message>
    <message>
        <source>no input; set %1 or type it at the terminal</source>
        <translation>هیچ تێخراوێک نییە؛ %1 دابنێ یان لە تێرمیناڵدا بینووسە</translation>
    </message>
    <message>
        <source>--extract-signature takes exactly one bundle</source>
        <translation>⁦--extract-signature⁩ تەنها یەک بەستە وەردەگرێت</translation>
    </message>
    <message>
        <source>no individual assessments of %1 for cycle %2 are merged in this database; merge the team&apos;s bundles first (ipms merge)</source>
        <translation>هیچ هەڵسەنگاندنێکی تاکەکەسیی %1 بۆ خولی %2 لەم بنکەدراوەیەدا تێکەڵ نەکراوە؛ سەرەتا بەستەکانی تیمەکە تێکەڵ بکە (⁦ipms merge⁩)</translation>
    </message>
    <message>
        <source>the assessments of %1 for cycle %2 were scored against different framework versions or panels (%3); they cannot be compared</source>
        <translation>هەڵسەنگاندنەکانی %1 بۆ خولی %2 بە وەشان یان پانێڵی جیاوازی چوارچێوە نمرە دراون (%3)؛ بەراورد ناکرێن</translation>
    </message>
    <message>
        <source>item %1 is not in framework %2; its items are %3</source>
        <translation>بڕگەی %1 لە چوارچێوەی %2دا نییە؛ بڕگەکانی ئەمانەن: %3</translation>
    </message>
    <message>
        <source>%1: unknown attribute; attributes of this item: %2</source>
        <translation>%1: تایبەتمەندیی نەناسراو؛ تایبەتمەندییەکانی ئەم بڕگەیە: %2</translation>
    </message>
    <message>
        <source>unknown list %1; use one of %2</source>
        <translation>لیستی نەناسراو %1؛ یەکێک لە %2 بەکاربهێنە</translation>
    </message>
    <message>
        <source>%1: a consensus score that overrides the mean needs a justification</source>
        <translation>%1: نمرەی کۆدەنگی کە تێکڕا دەگۆڕێت پاساوی پێویستە</translation>
    </message>
    <message>
        <source>PostgreSQL is reached through psycopg 3: write postgresql+psycopg://... instead of %1://...</source>
        <translation>پەیوەندی بە ⁦PostgreSQL⁩ەوە لە ڕێگەی ⁦psycopg⁩ 3 دەکرێت: لە جیاتی %1://... بنووسە ⁦postgresql+psycopg://...⁩</translation>
    </message>
    <message>
        <source>folder %1 does not exist; create it or choose another path</source>
        <translation>بوخچەی %1 بوونی نییە؛ دروستی بکە یان ڕێڕەوێکی تر هەڵبژێرە</translation>
    </message>
    <message>
        <source>unsupported database address %1://...; give a file path for a local consolidation file or postgresql+psycopg://USER@HOST/DB</source>
        <translation>ناونیشانی بنکەدراوەی پشتگیرینەکراو %1://...؛ ڕێڕەوی فایلێک بۆ فایلی یەکخستنی ناوخۆیی بدە یان ⁦postgresql+psycopg://USER@HOST/DB⁩</translation>
    </message>
    <message>
        <source>the PostgreSQL address is malformed; use postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB</source>
        <translation>ناونیشانی ⁦PostgreSQL⁩ تێکچووە؛ ⁦postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB⁩ بەکاربهێنە</translation>
    </message>
    <message>
        <source>%1 does not exist; a recovery code cannot create it</source>
        <translation>%1 بوونی نییە؛ کۆدی گەڕاندنەوە ناتوانێت دروستی بکات</translation>
    </message>
    <message>
        <source>consolidation file %1: %2; nothing was changed</source>
        <translation>فایلی یەکخستنی %1: %2؛ هیچ شتێک نەگۆڕدرا</translation>
    </message>
    <message>
        <source>cannot create the key-slot file %1: %2; check the folder&apos;s permissions and free space</source>
        <translation>فایلی خانەکانی کلیل %1 دروست ناکرێت: %2؛ ڕێگەپێدانەکانی بوخچەکە و شوێنی بەتاڵ بپشکنە</translation>
    </message>
    <message>
        <source>consolidation database %1 has schema version %2, newer than this application knows; update IPMS Desktop. Nothing was changed</source>
        <translation>بنکەدراوەی یەکخستنی %1 وەشانی نەخشەی %2ی هەیە، نوێترە لەوەی ئەم بەرنامەیە دەیناسێت؛ ⁦IPMS Desktop⁩ نوێ بکەرەوە. هیچ شتێک نەگۆڕدرا</translation>
    </message>
    <message>
        <source>cannot copy %1 beside the backup %2: %3; nothing was upgraded</source>
        <translation>%1 لە تەنیشت کۆپیی یەدەگی %2 کۆپی ناکرێت: %3؛ هیچ شتێک بەرز نەکرایەوە</translation>
    </message>
    <message>
        <source>cannot reach the PostgreSQL server: %1; check the address, the user and password, and that the server is running</source>
        <translation>ناگەیتە ڕاژەکاری ⁦PostgreSQL:⁩ %1؛ ناونیشان، بەکارهێنەر و وشەی نهێنی بپشکنە و دڵنیابە ڕاژەکارەکە کار دەکات</translation>
    </message>
    <message>
        <source>a local consolidation file needs a passphrase</source>
        <translation>فایلی یەکخستنی ناوخۆیی دەستەواژەی نهێنیی پێویستە</translation>
    </message>
    <message>
        <source>%1 exists but its key-slot file %2 is missing; restore it from the backup of that folder (without it the file cannot be opened)</source>
        <translation>%1 هەیە بەڵام فایلی خانەکانی کلیلەکەی %2 ونە؛ لە کۆپیی یەدەگی ئەو بوخچەیە بیگەڕێنەوە (بەبێ ئەو فایلەکە ناکرێتەوە)</translation>
    </message>
    <message>
        <source>consolidation file %1 cannot be opened (%2); if it was damaged, restore it from a backup</source>
        <translation>فایلی یەکخستنی %1 ناکرێتەوە (%2)؛ ئەگەر تێکچووە، لە کۆپیی یەدەگ بیگەڕێنەوە</translation>
    </message>
    <message>
        <source>scored against framework %1 version %2, but this installation ships %3; update IPMS Desktop to the release that carries that framework version</source>
        <translation>بە پێی چوارچێوەی %1 وەشانی %2 نمرە دراوە، بەڵام ئەم دامەزراندنە %3ی تێدایە؛ ⁦IPMS Desktop⁩ نوێ بکەرەوە بۆ ئەو وەشانەی ئەو وەشانەی چوارچێوەیەی تێدایە</translation>
    </message>
    <message>
        <source>bundle kind %1 cannot be merged; expected one of %2</source>
        <translation>بەستەی جۆری %1 تێکەڵ ناکرێت؛ یەکێک لە %2 چاوەڕوان دەکرا</translation>
    </message>
    <message>
        <source>the bundle&apos;s document is not a JSON object</source>
        <translation>بەڵگەنامەی بەستەکە ئۆبجێکتی ⁦JSON⁩ نییە</translation>
    </message>
    <message>
        <source>a %1 bundle must carry an %2 document, found %3</source>
        <translation>بەستەی %1 دەبێت بەڵگەنامەی %2 هەڵبگرێت، %3 دۆزرایەوە</translation>
    </message>
    <message>
        <source>document format %1 is not supported (this version reads format %2); update IPMS Desktop</source>
        <translation>فۆرماتی بەڵگەنامەی %1 پشتگیری ناکرێت (ئەم وەشانە فۆرماتی %2 دەخوێنێتەوە)؛ ⁦IPMS Desktop⁩ نوێ بکەرەوە</translation>
    </message>
    <message>
        <source>the document lacks its &apos;framework&apos; or &apos;%1&apos; block</source>
        <translation>بەڵگەنامەکە بلۆکی ⁦&apos;framework&apos;⁩ یان &apos;%1&apos;ی تێدا نییە</translation>
    </message>
    <message>
        <source>the bundle names no institution</source>
        <translation>بەستەکە هیچ دامەزراوەیەک ناو نابات</translation>
    </message>
    <message>
        <source>the document&apos;s panel (%1) is not a panel of framework %2 (it has %3); the bundle is inconsistent</source>
        <translation>پانێڵی بەڵگەنامەکە (%1) پانێڵێکی چوارچێوەی %2 نییە (پانێڵەکانی: %3)؛ بەستەکە ناتەبایە</translation>
    </message>
    <message>
        <source>the document has no &apos;items&apos; object</source>
        <translation>بەڵگەنامەکە ئۆبجێکتی ⁦&apos;items&apos;⁩ی تێدا نییە</translation>
    </message>
    <message>
        <source>%1: &apos;evidence&apos; must list objects with sha256, name, size, media_type</source>
        <translation>%1: ⁦&apos;evidence&apos;⁩ دەبێت ئۆبجێکتی خاوەن ⁦sha256⁩، ⁦name⁩، ⁦size⁩ و ⁦media_type⁩ بژمێرێت</translation>
    </message>
    <message>
        <source>%1: evidence %2 has the digest %3, not 64 lowercase hexadecimal digits</source>
        <translation>%1: پەنجەمۆری بەڵگەی %2 بریتییە لە %3، نەک 64 ژمارەی شازدەیی بە پیتی بچووک</translation>
    </message>
    <message>
        <source>%1: evidence %2 has the size %3, not a whole number of bytes</source>
        <translation>%1: قەبارەی بەڵگەی %2 بریتییە لە %3، نەک ژمارەیەکی تەواوی بایت</translation>
    </message>
    <message>
        <source>%1: evidence %2 (sha256 %3) is listed but the bundle does not carry it</source>
        <translation>%1: بەڵگەی %2 (⁦sha256⁩ %3) لە لیستدایە بەڵام بەستەکە هەڵی ناگرێت</translation>
    </message>
    <message>
        <source>%1: evidence %2 is listed as %3 bytes but the bundle carries %4 bytes</source>
        <translation>%1: بەڵگەی %2 بە %3 بایت تۆمارکراوە بەڵام بەستەکە %4 بایت هەڵدەگرێت</translation>
    </message>
    <message>
        <source>framework %1 is not available here (%2)</source>
        <translation>چوارچێوەی %1 لێرە بەردەست نییە (%2)</translation>
    </message>
    <message>
        <source>the document&apos;s %1 (%2) differs from the signed manifest&apos;s (%3); the bundle is inconsistent</source>
        <translation>%1ی بەڵگەنامەکە (%2) جیاوازە لە هی پێڕستی ناوەڕۆکی واژۆکراو (%3)؛ بەستەکە ناتەبایە</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 دەبێت ئۆبجێکت بێت</translation>
    </message>
    <message>
        <source>%1: &apos;evidence&apos; must be a list</source>
        <translation>%1: ⁦&apos;evidence&apos;⁩ دەبێت لیست بێت</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a list of texts</source>
        <translation>%1: &apos;%2&apos; دەبێت لیستێکی دەق بێت</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a text</source>
        <translation>%1: &apos;%2&apos; دەبێت دەق بێت</translation>
    </message>
    <message>
        <source>the bundle names no institution (the name is empty or invisible)</source>
        <translation>بەستەکە هیچ دامەزراوەیەک ناو نابات (ناوەکە بەتاڵە یان نابینرێت)</translation>
    </message>
    <message>
        <source>the institution&apos;s name holds a control character, so the bundle names no institution it can be filed under</source>
        <translation>ناوی دامەزراوەکە پیتێکی کۆنترۆڵی تێدایە، بۆیە بەستەکە هیچ دامەزراوەیەک ناو نابات کە لە ژێریدا تۆمار بکرێت</translation>
    </message>
    <message>
        <source>item %1, %2: score %3 is not a whole number</source>
        <translation>بڕگەی %1، %2: نمرەی %3 ژمارەی تەواو نییە</translation>
    </message>
    <message>
        <source>bundle id %1 was already merged with different content; one of the two files is not what its sender exported</source>
        <translation>بەستەی بە ناسنامەی %1 پێشتر بە ناوەڕۆکێکی جیاواز تێکەڵ کراوە؛ یەکێک لە دوو فایلەکە ئەوە نییە کە نێرەرەکەی هەناردەی کردووە</translation>
    </message>
    <message>
        <source>revision %1 of %2 %3 was already merged from bundle %4 with different content; ask the sender to export a new revision</source>
        <translation>وەشانی %1ی %2 %3 پێشتر لە بەستەی %4 بە ناوەڕۆکێکی جیاواز تێکەڵ کراوە؛ داوا لە نێرەر بکە وەشانێکی نوێ هەناردە بکات</translation>
    </message>
    <message>
        <source>cannot write to quarantine folder %1: %2</source>
        <translation>ناتوانرێت لە بوخچەی کەرەنتینەی %1 بنووسرێت: %2</translation>
    </message>
    <message>
        <source>key-link-clash: %1 %2 was merged both under the earlier and under the later key as separate lineages; they cannot be joined automatically. Ask CoMSEC&apos;s support to decide which is the assessor&apos;s</source>
        <translation>⁦key-link-clash:⁩ %1 %2 هەم لە ژێر کلیلی پێشوو و هەم لە ژێر کلیلی دواتر وەک دوو زنجیرەی جیا تێکەڵ کراوە؛ بە خۆکاری پێکەوە نابەسترێن. داوا لە پشتگیریی ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران بکە بڕیار بدات کامیان هی هەڵسەنگێنەرەکەیە</translation>
    </message>
    <message>
        <source>a different key link for key %1 is already installed; a key continues exactly one earlier key</source>
        <translation>بەستەری کلیلێکی جیاواز بۆ کلیلی %1 پێشتر دامەزراوە؛ هەر کلیلێک تەنها درێژەی یەک کلیلی پێشوو دەدات</translation>
    </message>
    <message>
        <source>this key link would make a key continue itself; nothing was installed</source>
        <translation>ئەم بەستەری کلیلە وا دەکات کلیلێک درێژەی خۆی بدات؛ هیچ شتێک دانەمەزرا</translation>
    </message>
    <message>
        <source>%1: not a team assignments or key link file (it says %2)</source>
        <translation>%1: فایلی دیاریکردنی تیم یان بەستەری کلیل نییە (دەڵێت %2)</translation>
    </message>
    <message>
        <source>assignments-older: team assignments for cycle %1 serial %2 are older than the installed serial %3; use the newest file CoMSEC published</source>
        <translation>⁦assignments-older:⁩ دیاریکردنی تیمەکان بۆ خولی %1 بە زنجیرەی %2 کۆنترە لە زنجیرەی دامەزراوی %3؛ نوێترین فایل بەکاربهێنە کە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران بڵاوی کردۆتەوە</translation>
    </message>
    <message>
        <source>assignment-missing: no team assignments for cycle %1 are installed in this database, so no team lead is known for %2; install CoMSEC&apos;s signed assignments for cycle %1 (ipms merge --statement FILE) and merge again</source>
        <translation>⁦assignment-missing:⁩ هیچ دیاریکردنێکی تیم بۆ خولی %1 لەم بنکەدراوەیەدا دانەمەزراوە، بۆیە هیچ سەرۆکی تیمێک بۆ %2 نەناسراوە؛ دیاریکردنە واژۆکراوەکانی ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران بۆ خولی %1 دابمەزرێنە (⁦ipms merge --statement FILE⁩) و دووبارە تێکەڵ بکە</translation>
    </message>
    <message>
        <source>lead-not-assigned: CoMSEC&apos;s assignments for cycle %1 (serial %2) assign no team to %3</source>
        <translation>⁦lead-not-assigned:⁩ دیاریکردنەکانی ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران بۆ خولی %1 (زنجیرەی %2) هیچ تیمێک بۆ %3 دیاری ناکەن</translation>
    </message>
    <message>
        <source>lead-not-assigned: %1 is assigned to team lead %2 for cycle %3 (assignments serial %4); a consensus signed by anyone else is refused</source>
        <translation>⁦lead-not-assigned:⁩ %1 بۆ سەرۆکی تیم %2 لە خولی %3 دیاری کراوە (زنجیرەی دیاریکردن %4)؛ کۆدەنگییەک کە کەسێکی تر واژۆی کردبێت ڕەت دەکرێتەوە</translation>
    </message>
    <message>
        <source>based-on-invalid: the consensus must list the individual assessments it rests on (&apos;based_on&apos;, 1 to %1 entries)</source>
        <translation>⁦based-on-invalid:⁩ کۆدەنگی دەبێت ئەو هەڵسەنگاندنە تاکەکەسییانە بژمێرێت کە پشتیان پێ دەبەستێت (⁦&apos;based_on&apos;⁩، 1 تا %1 تۆمار)</translation>
    </message>
    <message>
        <source>assessor-not-assigned: the signer is not among the assessors CoMSEC assigned to %1 for cycle %2 (assignments serial %3)</source>
        <translation>⁦assessor-not-assigned:⁩ واژۆکەر لە نێو ئەو هەڵسەنگێنەرانەدا نییە کە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران بۆ %1 لە خولی %2 دیاری کردوون (زنجیرەی دیاریکردن %3)</translation>
    </message>
    <message>
        <source>based-on-invalid: each &apos;based_on&apos; entry must name a bundle_id</source>
        <translation>⁦based-on-invalid:⁩ هەر تۆمارێکی ⁦&apos;based_on&apos;⁩ دەبێت ⁦bundle_id⁩ێک ناو ببات</translation>
    </message>
    <message>
        <source>based-on-invalid: bundle %1 is listed twice</source>
        <translation>⁦based-on-invalid:⁩ بەستەی %1 دوو جار هاتووە</translation>
    </message>
    <message>
        <source>based-on-invalid: the consensus rests on bundle %1, which is not merged here; merge the team&apos;s individual assessments first, then this consensus</source>
        <translation>⁦based-on-invalid:⁩ کۆدەنگییەکە پشت بە بەستەی %1 دەبەستێت کە لێرە تێکەڵ نەکراوە؛ سەرەتا هەڵسەنگاندنە تاکەکەسییەکانی تیمەکە تێکەڵ بکە، پاشان ئەم کۆدەنگییە</translation>
    </message>
    <message>
        <source>based-on-invalid: bundle %1 is not an individual assessment of %2 for cycle %3</source>
        <translation>⁦based-on-invalid:⁩ بەستەی %1 هەڵسەنگاندنێکی تاکەکەسیی %2 بۆ خولی %3 نییە</translation>
    </message>
    <message>
        <source>based-on-invalid: the consensus names bundle %1 as assessment %2 revision %3, but that bundle is %4 revision %5</source>
        <translation>⁦based-on-invalid:⁩ کۆدەنگییەکە بەستەی %1 وەک هەڵسەنگاندنی %2 وەشانی %3 ناو دەبات، بەڵام ئەو بەستەیە %4 وەشانی %5ە</translation>
    </message>
    <message>
        <source>based-on-invalid: bundle %1 is not by an assessor assigned to %2</source>
        <translation>⁦based-on-invalid:⁩ بەستەی %1 هی هەڵسەنگێنەرێک نییە کە بۆ %2 دیاری کرابێت</translation>
    </message>
    <message>
        <source>consolidation database %1: %2; nothing of the failed step was written</source>
        <translation>بنکەدراوەی یەکخستنی %1: %2؛ هیچ شتێک لە هەنگاوە سەرنەکەوتووەکە نەنووسرا</translation>
    </message>
    <message>
        <source>%1. This consolidation database has already used trust settings serial %2; merge with that file or a newer one</source>
        <translation>%1. ئەم بنکەدراوەی یەکخستنە پێشتر ڕێکخستنەکانی متمانەی زنجیرەی %2ی بەکارهێناوە؛ بەو فایلە یان فایلێکی نوێتر تێکەڵ بکە</translation>
    </message>
    <message>
        <source>%1 %2 is a folder; choose the file itself</source>
        <translation>%1 %2 بوخچەیە؛ خودی فایلەکە هەڵبژێرە</translation>
    </message>
    <message>
        <source>%1 %2 is not an ordinary file (a pipe or a device); copy it to a file first</source>
        <translation>%1 %2 فایلێکی ئاسایی نییە (بۆری یان ئامێر)؛ سەرەتا بۆ فایلێک کۆپیی بکە</translation>
    </message>
    <message>
        <source>%1 %2 is %3 bytes, more than the %4 such a file can be; check that it is the right file</source>
        <translation>%1 %2 قەبارەی %3 بایتە، زیاترە لە %4 کە فایلێکی وا دەتوانێت بێت؛ دڵنیابە کە فایلە دروستەکەیە</translation>
    </message>
    <message>
        <source>%1 %2 grew past %3 bytes while being read</source>
        <translation>%1 %2 لە کاتی خوێندنەوەدا لە %3 بایت گەورەتر بوو</translation>
    </message>
    <message>
        <source>%1 nests %2 levels deep, more than the %3 any IPMS file needs; check that it is the right file</source>
        <translation>%1 %2 ئاست قووڵ تێکهەڵکێشراوە، زیاتر لە %3 کە هەر فایلێکی ⁦IPMS⁩ پێویستی پێیەتی؛ دڵنیابە کە فایلە دروستەکەیە</translation>
    </message>
    <message>
        <source>%1: %2 holds %3, which is not a plain number; write numbers as plain decimals such as 55 or 47.5 (at most %4 characters, no exponent, NaN or Infinity)</source>
        <translation>%1: %2 نرخی %3ی تێدایە کە ژمارەیەکی سادە نییە؛ ژمارەکان وەک دەیی سادە بنووسە وەک 55 یان 47.5 (لانیزۆر %4 پیت، بەبێ توان، ⁦NaN⁩ یان ⁦Infinity⁩)</translation>
    </message>
    <message>
        <source>%1 %2 does not exist</source>
        <translation>%1 %2 بوونی نییە</translation>
    </message>
    <message>
        <source>%1 %2 cannot be read: %3</source>
        <translation>%1 %2 ناخوێندرێتەوە: %3</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte %2); save it as UTF-8</source>
        <translation>%1 دەقی ⁦UTF-8⁩ نییە (بایتی %2)؛ وەک ⁦UTF-8⁩ پاشەکەوتی بکە</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation>%1 ⁦JSON⁩ی دروست نییە: %2 لە هێڵی %3، ستوونی %4</translation>
    </message>
    <message>
        <source>%1: the key %2 appears twice in one object; keep one of them</source>
        <translation>%1: کلیلی %2 دوو جار لە یەک ئۆبجێکتدا هاتووە؛ یەکێکیان بهێڵەوە</translation>
    </message>
    <message>
        <source>not enough disk space to write %1: %2; free some space (or choose another drive) and try again; nothing was changed</source>
        <translation>شوێنی پێویست لەسەر دیسک نییە بۆ نووسینی %1: %2؛ هەندێک شوێن بەتاڵ بکەرەوە (یان درایڤێکی تر هەڵبژێرە) و دووبارە هەوڵ بدەرەوە؛ هیچ شتێک نەگۆڕدرا</translation>
    </message>
    <message>
        <source>cannot write %1: folder %2 does not exist; create it or choose another; nothing was changed</source>
        <translation>%1 نانووسرێت: بوخچەی %2 بوونی نییە؛ دروستی بکە یان یەکێکی تر هەڵبژێرە؛ هیچ شتێک نەگۆڕدرا</translation>
    </message>
    <message>
        <source>could not write %1: %2; check the drive (reinsert a removable one) and its permissions and try again; nothing was changed</source>
        <translation>%1 نەنووسرا: %2؛ درایڤەکە بپشکنە (درایڤی لابراو دووبارە بخەرەوە) و ڕێگەپێدانەکانی، پاشان دووبارە هەوڵ بدەرەوە؛ هیچ شتێک نەگۆڕدرا</translation>
    </message>
    <message>
        <source>framework file %1: id &apos;%2&apos; does not match the file name; name the file %2.json</source>
        <translation>فایلی چوارچێوەی %1: ناسنامەی &apos;%2&apos; لەگەڵ ناوی فایلەکە ناگونجێت؛ ناوی فایلەکە بنێ ⁦%2.json⁩</translation>
    </message>
    <message>
        <source>unknown framework &apos;%1&apos;; known frameworks: %2</source>
        <translation>چوارچێوەی نەناسراو &apos;%1&apos;؛ چوارچێوە ناسراوەکان: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook (.xlsx); export a template with &apos;ipms frameworks export ID --xlsx FILE&apos;, edit it in Excel or LibreOffice and save it as .xlsx</source>
        <translation>%1 پەڕاوێکی ⁦Excel⁩ی خوێندنەوەیی نییە (⁦.xlsx⁩)؛ قاڵبێک هەناردە بکە بە ⁦&apos;ipms frameworks export ID --xlsx FILE&apos;⁩، لە ⁦Excel⁩ یان ⁦LibreOffice⁩ دەستکاری بکە و وەک ⁦.xlsx⁩ پاشەکەوتی بکە</translation>
    </message>
    <message>
        <source>framework workbook %1: %2</source>
        <translation>پەڕاوی چوارچێوەی %1: %2</translation>
    </message>
    <message>
        <source>framework workbook %1 is damaged or not a workbook Excel writes (%2); save it again from Excel or LibreOffice</source>
        <translation>پەڕاوی چوارچێوەی %1 تێکچووە یان پەڕاوێک نییە کە ⁦Excel⁩ دەینووسێت (%2)؛ دووبارە لە ⁦Excel⁩ یان ⁦LibreOffice⁩ پاشەکەوتی بکە</translation>
    </message>
    <message>
        <source>the framework text %1 contains a control character Excel cannot store; remove it from the framework file and export again</source>
        <translation>دەقی چوارچێوەی %1 پیتێکی کۆنترۆڵی تێدایە کە ⁦Excel⁩ ناتوانێت پاشەکەوتی بکات؛ لە فایلی چوارچێوەکە لایبەرە و دووبارە هەناردە بکە</translation>
    </message>
    <message>
        <source>%1 is not a readable Excel workbook (.xlsx): %2; export a template with &apos;ipms frameworks export ID --xlsx FILE&apos;, edit it in Excel and save it as an Excel workbook</source>
        <translation>%1 پەڕاوێکی ⁦Excel⁩ی خوێندنەوەیی نییە (⁦.xlsx⁩): %2؛ قاڵبێک هەناردە بکە بە ⁦&apos;ipms frameworks export ID --xlsx FILE&apos;⁩، لە ⁦Excel⁩ دەستکاری بکە و وەک پەڕاوی ⁦Excel⁩ پاشەکەوتی بکە</translation>
    </message>
    <message>
        <source>framework %1 is invalid: %2</source>
        <translation>چوارچێوەی %1 نادروستە: %2</translation>
    </message>
    <message numerus="yes">
        <source>framework workbook %1 has %n problem(s): %2</source>
        <translation>
            <numerusform>پەڕاوی چوارچێوەی %1 %n کێشەی هەیە: %2</numerusform>
            <numerusform>پەڕاوی چوارچێوەی %1 %n کێشەی هەیە: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>و یەک کێشەی تریش</numerusform>
            <numerusform>و %n کێشەی تریش</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>بەهای لۆجیکی (⁦true/false⁩)</translation>
    </message>
    <message>
        <source>text &apos;%1&apos;</source>
        <translation>دەقی &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a long text</source>
        <translation>دەقێکی درێژ</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ئۆبجێکتێک</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>لیستێک</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>ژمارەی %1</translation>
    </message>
    <message>
        <source>must be an object, found %1</source>
        <translation>دەبێت ئۆبجێکت بێت؛ ئەوەی هەیە: %1</translation>
    </message>
    <message>
        <source>must be a list, found %1</source>
        <translation>دەبێت لیست بێت؛ ئەوەی هەیە: %1</translation>
    </message>
    <message>
        <source>must be a non-empty string, found %1</source>
        <translation>دەبێت دەقێکی نابەتاڵ بێت؛ ئەوەی هەیە: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (lower-case letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>&apos;%1&apos; ناسنامەیەکی دروست نییە (پیتی لاتینیی بچووک، ژمارە، ⁦&apos;.&apos;⁩، ⁦&apos;_&apos;⁩، ⁦&apos;-&apos;⁩)</translation>
    </message>
    <message>
        <source>must be a whole number, found %1</source>
        <translation>دەبێت ژمارەیەکی تەواو بێت؛ ئەوەی هەیە: %1</translation>
    </message>
    <message>
        <source>must be at least %1, found %2</source>
        <translation>دەبێت لانیکەم %1 بێت؛ ئەوەی هەیە: %2</translation>
    </message>
    <message>
        <source>must be a text object with %1</source>
        <translation>دەبێت ئۆبجێکتێکی دەق بێت کە %1 ی تێدا بێت</translation>
    </message>
    <message>
        <source>missing or empty translation</source>
        <translation>وەرگێڕان نییە یان بەتاڵە</translation>
    </message>
    <message>
        <source>unknown language key(s) %1</source>
        <translation>کلیلی زمانی نەناسراو: %1</translation>
    </message>
    <message>
        <source>duplicate band id &apos;%1&apos;</source>
        <translation>ناسنامەی پلەی &apos;%1&apos; دووبارەیە</translation>
    </message>
    <message>
        <source>duplicate element id &apos;%1&apos;</source>
        <translation>ناسنامەی توخمی &apos;%1&apos; دووبارەیە</translation>
    </message>
    <message>
        <source>duplicate attribute id &apos;%1&apos;</source>
        <translation>ناسنامەی تایبەتمەندیی &apos;%1&apos; دووبارەیە</translation>
    </message>
    <message>
        <source>duplicate criterion id &apos;%1&apos;</source>
        <translation>ناسنامەی پێوەری &apos;%1&apos; دووبارەیە</translation>
    </message>
    <message>
        <source>duplicate item id &apos;%1&apos;</source>
        <translation>ناسنامەی بڕگەی &apos;%1&apos; دووبارەیە</translation>
    </message>
    <message>
        <source>duplicate panel id &apos;%1&apos;</source>
        <translation>ناسنامەی پانێڵی &apos;%1&apos; دووبارەیە</translation>
    </message>
    <message>
        <source>duplicate attribute set id &apos;%1&apos;</source>
        <translation>ناسنامەی کۆمەڵەی تایبەتمەندیی &apos;%1&apos; دووبارەیە</translation>
    </message>
    <message>
        <source>at least one band is required</source>
        <translation>لانیکەم یەک پلە پێویستە</translation>
    </message>
    <message>
        <source>is %1 but must be %2 so bands cover the scale without gaps or overlaps</source>
        <translation>دەبێت %2 بێت نەک %1، تا پلەکان پێوانەکە بێ بۆشایی و بێ یەکتربڕین دابپۆشن</translation>
    </message>
    <message>
        <source>%1 is below min %2</source>
        <translation>%1 کەمترە لە کەمترین بەها %2</translation>
    </message>
    <message>
        <source>is %1 but must end at %2</source>
        <translation>دەبێت لە %2 کۆتایی بێت نەک %1</translation>
    </message>
    <message>
        <source>%1 must be above min %2</source>
        <translation>%1 دەبێت لە کەمترین بەها %2 زیاتر بێت</translation>
    </message>
    <message>
        <source>%1 does not divide the scale %2..%3</source>
        <translation>هەنگاوی %1 پێوانەی %2 تا %3 بە یەکسانی دابەش ناکات</translation>
    </message>
    <message>
        <source>must give one entry per band in order (%1), found (%2)</source>
        <translation>دەبێت بۆ هەر پلەیەک یەک تۆمار بە ڕیز بدات (%1)؛ ئەوەی هەیە: (%2)</translation>
    </message>
    <message>
        <source>an element needs at least one attribute</source>
        <translation>توخم لانیکەم یەک تایبەتمەندیی پێویستە</translation>
    </message>
    <message>
        <source>at least one element is required</source>
        <translation>لانیکەم یەک توخم پێویستە</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>دەبێت یەکێک بێت لە %1</translation>
    </message>
    <message>
        <source>%1 must be a positive decimal (&apos;0.25&apos;) or fraction (&apos;1/3&apos;) written as a string</source>
        <translation>%1: کێش دەبێت ژمارەیەکی دەیی پۆزەتیڤ (⁦&apos;0.25&apos;⁩) یان کەرت (⁦&apos;1/3&apos;⁩) بێت کە وەک دەق نووسرابێت</translation>
    </message>
    <message>
        <source>a criterion needs at least one item</source>
        <translation>پێوەر لانیکەم یەک بڕگەی پێویستە</translation>
    </message>
    <message>
        <source>shares add up to %1, not exactly 1</source>
        <translation>کۆی کێشی بڕگەکان دەکاتە %1، نەک ڕێک 1</translation>
    </message>
    <message>
        <source>at least one criterion is required</source>
        <translation>لانیکەم یەک پێوەر پێویستە</translation>
    </message>
    <message>
        <source>names unknown attribute set %1</source>
        <translation>ناوی کۆمەڵەیەکی تایبەتمەندیی نەناسراو دەهێنێت: %1</translation>
    </message>
    <message>
        <source>at least one panel is required</source>
        <translation>لانیکەم یەک پانێڵ پێویستە</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>دەبێت ⁦true⁩ یان ⁦false⁩ بێت</translation>
    </message>
    <message>
        <source>must be listed in ascending min_total</source>
        <translation>دەبێت بە پێی ⁦min_total⁩ بە ڕیزی هەڵکشاو ڕیز بکرێن</translation>
    </message>
    <message>
        <source>must be one of %1, found %2</source>
        <translation>دەبێت یەکێک بێت لە %1؛ ئەوەی هەیە: %2</translation>
    </message>
    <message>
        <source>must be %1, found %2</source>
        <translation>دەبێت %1 بێت؛ ئەوەی هەیە: %2</translation>
    </message>
    <message>
        <source>must be 100 when the scale is percent</source>
        <translation>دەبێت 100 بێت کاتێک پێوانەکە سەدییە</translation>
    </message>
    <message>
        <source>points add up to %1, not total_points %2</source>
        <translation>کۆی خاڵەکان دەکاتە %1، نەک بەهای ⁦total_points⁩ کە بریتییە لە %2</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>کلیلی نەناسراو</translation>
    </message>
    <message>
        <source>the sheet is missing; the template needs the sheets %1 (export a fresh template to see the layout)</source>
        <translation>پەڕەکە نییە؛ قاڵبەکە پێویستی بەم پەڕانەیە: %1 (قاڵبێکی نوێ هەناردە بکە بۆ بینینی ڕێکخستنەکەی)</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns of %2 are %3</source>
        <translation>ستوونی نەناسراو &apos;%1&apos;؛ ستوونەکانی پەڕەی %2 ئەمانەن: %3</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice</source>
        <translation>ستوونی &apos;%1&apos; دوو جار هاتووە</translation>
    </message>
    <message>
        <source>missing column(s) %1 in the header row; the columns of %2 are %3</source>
        <translation>ستوونی ونبوو لە ڕیزی سەردێڕدا: %1؛ ستوونەکانی پەڕەی %2 ئەمانەن: %3</translation>
    </message>
    <message>
        <source>value in a column without a header; move it into a named column or delete it</source>
        <translation>بەهایەک لە ستوونێکی بێ سەردێڕدا؛ بیگوازەرەوە بۆ ستوونێکی ناودار یان بیسڕەوە</translation>
    </message>
    <message>
        <source>%1 holds a formula; type the value itself</source>
        <translation>%1: خانەکە فۆرموولای تێدایە؛ خودی بەهاکە بنووسە</translation>
    </message>
    <message>
        <source>%1 an empty cell is not a whole number</source>
        <translation>%1: خانەکە بەتاڵە، ژمارەیەکی تەواو پێویستە</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number</source>
        <translation>%1: &apos;%2&apos; ژمارەیەکی تەواو نییە</translation>
    </message>
    <message>
        <source>%1 an empty cell must be TRUE or FALSE</source>
        <translation>%1: خانەکە بەتاڵە، دەبێت ⁦TRUE⁩ یان ⁦FALSE⁩ بێت</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be TRUE or FALSE</source>
        <translation>%1: &apos;%2&apos; دەبێت ⁦TRUE⁩ یان ⁦FALSE⁩ بێت</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first at %2)</source>
        <translation>کلیلی &apos;%1&apos; دووبارەیە (یەکەم جار لە %2)</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first at %2)</source>
        <translation>ناسنامەی &apos;%1&apos; دووبارەیە (یەکەم جار لە %2)</translation>
    </message>
    <message>
        <source>duplicate band id in its set &apos;%1&apos; (first at %2)</source>
        <translation>ناسنامەی پلەی &apos;%1&apos; لە کۆمەڵەکەیدا دووبارەیە (یەکەم جار لە %2)</translation>
    </message>
    <message>
        <source>duplicate element id in its set &apos;%1&apos; (first at %2)</source>
        <translation>ناسنامەی توخمی &apos;%1&apos; لە کۆمەڵەکەیدا دووبارەیە (یەکەم جار لە %2)</translation>
    </message>
    <message>
        <source>duplicate attribute id in its set &apos;%1&apos; (first at %2)</source>
        <translation>ناسنامەی تایبەتمەندیی &apos;%1&apos; لە کۆمەڵەکەیدا دووبارەیە (یەکەم جار لە %2)</translation>
    </message>
    <message>
        <source>duplicate guidance band for this attribute &apos;%1&apos; (first at %2)</source>
        <translation>پلەی ڕێنمایی &apos;%1&apos; بۆ ئەم تایبەتمەندییە دووبارەیە (یەکەم جار لە %2)</translation>
    </message>
    <message>
        <source>duplicate panel id &apos;%1&apos; (first at %2)</source>
        <translation>ناسنامەی پانێڵی &apos;%1&apos; دووبارەیە (یەکەم جار لە %2)</translation>
    </message>
    <message>
        <source>duplicate criterion id &apos;%1&apos; (first at %2)</source>
        <translation>ناسنامەی پێوەری &apos;%1&apos; دووبارەیە (یەکەم جار لە %2)</translation>
    </message>
    <message>
        <source>duplicate item id &apos;%1&apos; (first at %2)</source>
        <translation>ناسنامەی بڕگەی &apos;%1&apos; دووبارەیە (یەکەم جار لە %2)</translation>
    </message>
    <message>
        <source>duplicate band id &apos;%1&apos; (first at %2)</source>
        <translation>ناسنامەی ئاستی &apos;%1&apos; دووبارەیە (یەکەم جار لە %2)</translation>
    </message>
    <message>
        <source>duplicate language &apos;%1&apos; (first at %2)</source>
        <translation>زمانی &apos;%1&apos; دووبارەیە (یەکەم جار لە %2)</translation>
    </message>
    <message>
        <source>unknown sheet; its contents would not be imported. Move the data into %1 or delete the sheet</source>
        <translation>پەڕەی نەناسراو؛ ناوەڕۆکەکەی هاوردە ناکرێت. داتاکان بگوازەرەوە بۆ %1 یان پەڕەکە بسڕەوە</translation>
    </message>
    <message>
        <source>this sheet only displays the texts of the other sheets and is not imported; undo the change here and make it in the sheet named in column A</source>
        <translation>ئەم پەڕەیە تەنها دەقەکانی پەڕەکانی تر نیشان دەدات و هاوردە ناکرێت؛ گۆڕانکارییەکە لێرە بگەڕێنەرەوە و لەو پەڕەیەدا بیکە کە ناوی لە ستوونی ⁦A⁩ هاتووە</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; the keys are %2</source>
        <translation>کلیلی نەناسراو &apos;%1&apos;؛ کلیلەکان ئەمانەن: %2</translation>
    </message>
    <message>
        <source>the row for key &apos;%1&apos; is missing</source>
        <translation>ڕیزی کلیلی &apos;%1&apos; نییە</translation>
    </message>
    <message>
        <source>attribute set &apos;%1&apos; is not listed in the %2 sheet</source>
        <translation>کۆمەڵەی تایبەتمەندیی &apos;%1&apos; لە پەڕەی %2 دا نییە</translation>
    </message>
    <message>
        <source>element &apos;%1&apos; of set &apos;%2&apos; is not listed in the %3 sheet</source>
        <translation>توخمی &apos;%1&apos; ی کۆمەڵەی &apos;%2&apos; لە پەڕەی %3 دا نییە</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; of set &apos;%2&apos; is not listed in the %3 sheet</source>
        <translation>تایبەتمەندیی &apos;%1&apos; ی کۆمەڵەی &apos;%2&apos; لە پەڕەی %3 دا نییە</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos; is not listed in the %2 sheet</source>
        <translation>پێوەری &apos;%1&apos; لە پەڕەی %2 دا نییە</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos;; use one of %2</source>
        <translation>زمانی نەناسراو &apos;%1&apos;؛ یەکێک لە %2 بەکاربهێنە</translation>
    </message>
    <message>
        <source>workbook (%1)</source>
        <translation>پەڕاو (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>attribute set &apos;%1&apos;</source>
        <translation>کۆمەڵەی تایبەتمەندیی &apos;%1&apos;</translation>
    </message>
    <message>
        <source>band &apos;%1&apos;</source>
        <translation>پلەی &apos;%1&apos;</translation>
    </message>
    <message>
        <source>element &apos;%1&apos;</source>
        <translation>توخمی &apos;%1&apos;</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;</source>
        <translation>تایبەتمەندیی &apos;%1&apos;</translation>
    </message>
    <message>
        <source>panel &apos;%1&apos;</source>
        <translation>پانێڵی &apos;%1&apos;</translation>
    </message>
    <message>
        <source>criterion &apos;%1&apos;:</source>
        <translation>پێوەری &apos;%1&apos;</translation>
    </message>
    <message>
        <source>item &apos;%1&apos;</source>
        <translation>بڕگەی &apos;%1&apos;</translation>
    </message>
    <message>
        <source>recognition band &apos;%1&apos;</source>
        <translation>ئاستی &apos;%1&apos;</translation>
    </message>
    <message>
        <source>notes in %1</source>
        <translation>تێبینییەکان بە زمانی %1</translation>
    </message>
    <message>
        <source>it has %1 parts, more than the %2 a framework workbook can have</source>
        <translation>%1 بەشی تێدایە، زیاتر لەو %2 بەشەی کە پەڕاوی چوارچێوە دەتوانێت هەیبێت</translation>
    </message>
    <message>
        <source>it unpacks to %1 bytes, more than the %2 a framework workbook can hold</source>
        <translation>دوای کردنەوەی پەستاندن %1 بایتە، زیاتر لەو %2 بایتەی کە پەڕاوی چوارچێوە دەتوانێت هەڵیبگرێت</translation>
    </message>
    <message>
        <source>it has %1 sheets, more than the %2 a framework workbook can have</source>
        <translation>%1 پەڕەی تێدایە، زیاتر لەو %2 پەڕەیەی کە پەڕاوی چوارچێوە دەتوانێت هەیبێت</translation>
    </message>
    <message>
        <source>shared text %1 is %2 characters long, more than a cell can hold (%3)</source>
        <translation>درێژیی دەقی هاوبەشی %1 بریتییە لە %2 پیت، زیاتر لەوەی خانەیەک هەڵیدەگرێت (%3)</translation>
    </message>
    <message>
        <source>%1: a value below row %2, the last row a framework sheet can use; delete it</source>
        <translation>%1: بەهایەک لە خوار ڕیزی %2، کە دوایین ڕیزە پەڕەی چوارچێوە دەتوانێت بەکاری بهێنێت؛ بیسڕەوە</translation>
    </message>
    <message>
        <source>%1: a value right of column %2, the last column a framework sheet can use; delete it</source>
        <translation>%1: بەهایەک دوای ستوونی %2، کە دوایین ستوونە پەڕەی چوارچێوە دەتوانێت بەکاری بهێنێت؛ بیسڕەوە</translation>
    </message>
    <message>
        <source>%1: a row numbered %2, which is not a row number</source>
        <translation>%1: ڕیزێک بە ژمارەی %2، کە ژمارەی ڕیز نییە</translation>
    </message>
    <message>
        <source>%1: a row numbered %2, outside Excel&apos;s 1 to 1,048,576</source>
        <translation>%1: ڕیزێک بە ژمارەی %2، لە دەرەوەی مەودای ⁦Excel⁩ لە 1 تا ⁦1,048,576⁩</translation>
    </message>
    <message>
        <source>%1: a cell named %2, which is not a cell reference</source>
        <translation>%1: خانەیەک بە ناوی %2، کە ئاماژەی خانە نییە</translation>
    </message>
    <message>
        <source>%1: a cell outside Excel&apos;s sheet (%2)</source>
        <translation>%1: خانەیەک لە دەرەوەی پەڕەی ⁦Excel⁩: %2</translation>
    </message>
    <message>
        <source>%1: a cell outside Excel&apos;s sheet (unnamed)</source>
        <translation>%1: خانەیەکی بێ ناو لە دەرەوەی پەڕەی ⁦Excel⁩</translation>
    </message>
    <message>
        <source>%1: %2 characters, more than a cell can hold (%3)</source>
        <translation>%1: %2 پیت، زیاتر لەوەی خانەیەک هەڵیدەگرێت (%3)</translation>
    </message>
    <message>
        <source>%1: the number %2 cannot be read (at most %3 characters); type the value again</source>
        <translation>%1: ژمارەی %2 ناخوێندرێتەوە (لانیزۆر %3 پیت)؛ بەهاکە دووبارە بنووسە</translation>
    </message>
    <message>
        <source>%1: refers to shared text %2, which does not exist</source>
        <translation>%1: ئاماژە بە دەقی هاوبەشی %2 دەکات کە بوونی نییە</translation>
    </message>
    <message>
        <source>the form %1 has no %2 &apos;%3&apos;</source>
        <translation>فۆرمی %1 %2ی بە ناوی &apos;%3&apos;ی تێدا نییە</translation>
    </message>
    <message>
        <source>%1: not an institutions list (expected &quot;document&quot;: &quot;%2&quot;)</source>
        <translation>%1: لیستی دامەزراوەکان نییە (چاوەڕوان دەکرا ⁦&quot;document&quot;⁩: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: institutions list format %2 is not supported (this version reads %3)</source>
        <translation>%1: فۆرماتی لیستی دامەزراوەکان %2 پشتگیری ناکرێت (ئەم وەشانە %3 دەخوێنێتەوە)</translation>
    </message>
    <message>
        <source>%1: &quot;institutions&quot; must be a non-empty list of names</source>
        <translation>%1: ⁦&quot;institutions&quot;⁩ دەبێت لیستێکی ناوی بەتاڵ نەبێت</translation>
    </message>
    <message>
        <source>%1 must be text without surrounding spaces</source>
        <translation>%1 دەبێت دەق بێت بەبێ بۆشایی لە دەوروبەری</translation>
    </message>
    <message>
        <source>%1 must be a name without surrounding spaces</source>
        <translation>%1 دەبێت ناوێک بێت بەبێ بۆشایی لە دەوروبەری</translation>
    </message>
    <message>
        <source>%1 has unknown field(s) %2 (known: name, %3)</source>
        <translation>%1 خانەی نەناسراوی %2ی هەیە (ناسراوەکان: ⁦name⁩، %3)</translation>
    </message>
    <message>
        <source>an institutions list needs at least one institution</source>
        <translation>لیستی دامەزراوەکان لانیکەم یەک دامەزراوەی پێویستە</translation>
    </message>
    <message>
        <source>the institutions list is too large (at most 1 MiB)</source>
        <translation>لیستی دامەزراوەکان زۆر گەورەیە (لانیزۆر 1 ⁦MiB⁩)</translation>
    </message>
    <message>
        <source>%1: institution %2 (%3) is listed twice</source>
        <translation>%1: دامەزراوەی %2 (%3) دوو جار هاتووە</translation>
    </message>
    <message>
        <source>institution %1 (%2) is listed twice</source>
        <translation>دامەزراوەی %1 (%2) دوو جار هاتووە</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 لە %2 پیت درێژترە</translation>
    </message>
    <message>
        <source>unknown report language %1; use one of %2</source>
        <translation>زمانی ڕاپۆرتی نەناسراو %1؛ یەکێک لە %2 بەکاربهێنە</translation>
    </message>
    <message>
        <source>nothing is merged for cycle %1; merge the bundles first (ipms merge)</source>
        <translation>هیچ شتێک بۆ خولی %1 تێکەڵ نەکراوە؛ سەرەتا بەستەکان تێکەڵ بکە (⁦ipms merge⁩)</translation>
    </message>
    <message>
        <source>Qt could not write the PDF %1; check the folder&apos;s permissions</source>
        <translation>⁦Qt⁩ نەیتوانی ⁦PDF⁩ی %1 بنووسێت؛ ڕێگەپێدانەکانی بوخچەکە بپشکنە</translation>
    </message>
    <message>
        <source>cannot create the report folder %1: %2</source>
        <translation>بوخچەی ڕاپۆرتی %1 دروست ناکرێت: %2</translation>
    </message>
    <message>
        <source>cannot write the feedback report %1: %2; check the folder and free space (no partial file was left)</source>
        <translation>ڕاپۆرتی فیدباکی %1 نانووسرێت: %2؛ بوخچەکە و شوێنی بەتاڵ بپشکنە (هیچ فایلێکی ناتەواو نەمایەوە)</translation>
    </message>
    <message>
        <source>nothing of cycle %1 can be reported: %2</source>
        <translation>هیچ شتێک لە خولی %1 ڕاپۆرت ناکرێت: %2</translation>
    </message>
    <message>
        <source>%1: %2 is not a legal score; use %3 to %4 in steps of %5</source>
        <translation>%1: %2 نمرەیەکی ڕێگەپێدراو نییە؛ لە %3 تا %4 بە هەنگاوی %5 بەکاربهێنە</translation>
    </message>
    <message>
        <source>framework %1 has no panel &apos;%2&apos;; use one of: %3</source>
        <translation>چوارچێوەی %1 پانێڵی &apos;%2&apos;ی نییە؛ یەکێک لەمانە بەکاربهێنە: %3</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: دەبێت ئۆبجێکت بێت</translation>
    </message>
    <message>
        <source>%1: unknown key(s) %2; allowed: %3</source>
        <translation>%1: کلیلی نەناسراو %2؛ ڕێگەپێدراوەکان: %3</translation>
    </message>
    <message>
        <source>%1: &apos;attributes&apos; must be an object of attribute scores</source>
        <translation>%1: ⁦&apos;attributes&apos;⁩ دەبێت ئۆبجێکتێکی نمرەی تایبەتمەندییەکان بێت</translation>
    </message>
    <message>
        <source>%1: &apos;justification&apos; must be text</source>
        <translation>%1: ⁦&apos;justification&apos;⁩ دەبێت دەق بێت</translation>
    </message>
    <message>
        <source>item %1: the agreed overall %2 %3; a justification is required</source>
        <translation>بڕگەی %1: نمرەی گشتیی ڕێککەوتوو %2 %3؛ پاساو پێویستە</translation>
    </message>
    <message>
        <source>the sheet must be a JSON object with an &apos;items&apos; object</source>
        <translation>پەڕەکە دەبێت ئۆبجێکتی ⁦JSON⁩ بێت کە ئۆبجێکتی ⁦&apos;items&apos;⁩ی تێدا بێت</translation>
    </message>
    <message>
        <source>the sheet has no &apos;items&apos; object</source>
        <translation>پەڕەکە ئۆبجێکتی ⁦&apos;items&apos;⁩ی تێدا نییە</translation>
    </message>
    <message>
        <source>%1: unknown attribute &apos;%2&apos;; attributes of this item: %3</source>
        <translation>%1: تایبەتمەندیی نەناسراو &apos;%2&apos;؛ تایبەتمەندییەکانی ئەم بڕگەیە: %3</translation>
    </message>
    <message>
        <source>%1: &apos;not_assessed&apos; must give the reason as text</source>
        <translation>%1: ⁦&apos;not_assessed&apos;⁩ دەبێت هۆکارەکە وەک دەق بدات</translation>
    </message>
    <message>
        <source>%1: marked not assessed but also scored; remove the scores or the mark</source>
        <translation>%1: وەک هەڵنەسەنگێنراو نیشانە کراوە بەڵام نمرەشی دراوەتێ؛ نمرەکان یان نیشانەکە لابەرە</translation>
    </message>
    <message>
        <source>item %1: not in framework %2; its items are %3</source>
        <translation>بڕگەی %1: لە چوارچێوەی %2دا نییە؛ بڕگەکانی ئەمانەن: %3</translation>
    </message>
    <message>
        <source>%1: score must be a number, found %2</source>
        <translation>%1: نمرە دەبێت ژمارە بێت، %2 دۆزرایەوە</translation>
    </message>
    <message>
        <source>%1: score must be a finite number, found %2</source>
        <translation>%1: نمرە دەبێت ژمارەیەکی کۆتادار بێت، %2 دۆزرایەوە</translation>
    </message>
    <message>
        <source>choose the trust settings file from CoMSEC</source>
        <translation>فایلی ڕێکخستنەکانی متمانە کە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران ناردوویەتی هەڵبژێرە</translation>
    </message>
    <message>
        <source>name the consolidation database: a file path or a PostgreSQL address</source>
        <translation>بنکەدراوەی یەکخستن ناو ببە: ڕێڕەوی فایلێک یان ناونیشانێکی ⁦PostgreSQL⁩</translation>
    </message>
    <message>
        <source>a local consolidation file needs its passphrase</source>
        <translation>فایلی یەکخستنی ناوخۆیی دەستەواژەی نهێنیی خۆی پێویستە</translation>
    </message>
    <message>
        <source>the quarantined copy %1 is missing; add the original file %2 again</source>
        <translation>کۆپیی کەرەنتینەکراوی %1 ونە؛ فایلە ڕەسەنەکەی %2 دووبارە زیاد بکە</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>ناوەڕۆکی %1 ناخوێندرێتەوە: %2</translation>
    </message>
    <message>
        <source>choose at least one institution to report on</source>
        <translation>لانیکەم یەک دامەزراوە بۆ ڕاپۆرت هەڵبژێرە</translation>
    </message>
    <message>
        <source>the PDF writer stopped unexpectedly; no partial file was left, write the reports again</source>
        <translation>نووسەری ⁦PDF⁩ لەناکاو وەستا؛ هیچ فایلێکی ناتەواو نەمایەوە، ڕاپۆرتەکان دووبارە بنووسە</translation>
    </message>
    <message>
        <source>%1: the passphrase it was made with is not known</source>
        <translation>%1: ئەو دەستەواژەی نهێنییەی پێی دروست کراوە نەزانراوە</translation>
    </message>
    <message>
        <source>assessment %1 was exported meanwhile (its next revision is %2, not %3); start the export again</source>
        <translation>هەڵسەنگاندنی %1 لەم نێوانەدا هەناردە کرا (وەشانی داهاتووی %2ە نەک %3)؛ هەناردەکردن لە سەرەتاوە دەست پێ بکەرەوە</translation>
    </message>
    <message>
        <source>%1 is a folder or not a file name; name the consolidation file inside it, for example team.ipmsdb</source>
        <translation>%1 بوخچەیە یان ناوی فایل نییە؛ فایلی یەکخستن لە ناویدا ناو ببە، بۆ نموونە ⁦team.ipmsdb⁩</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or folder (a backup is never overwritten)</source>
        <translation>%1 پێشتر هەیە؛ ناو یان بوخچەیەکی تر هەڵبژێرە (کۆپیی یەدەگ هەرگیز جێگۆڕکێ ناکرێت)</translation>
    </message>
    <message>
        <source>the training CA key file %1 cannot be re-encrypted: this training profile was made before its keys were kept, and the passphrase the file was made with is not known here; it still opens with that passphrase</source>
        <translation>فایلی کلیلی دەسەڵاتی بڕوانامەی ڕاهێنان %1 دووبارە شفرە ناکرێتەوە: ئەم پرۆفایلی ڕاهێنانە پێش هەڵگرتنی کلیلەکانی دروست کراوە، و ئەو دەستەواژەی نهێنییەی فایلەکەی پێ دروست کراوە لێرە نەزانراوە؛ هێشتا بەو دەستەواژەیە دەکرێتەوە</translation>
    </message>
    <message>
        <source>%1 is refused: %2; a passphrase needs at least %3 characters and an estimated strength of %4 bits (several unrelated words work well; repeats and runs such as &apos;aaaa&apos; or &apos;1234&apos; add little). Nothing was created or changed</source>
        <translation>%1 ڕەتکرایەوە: %2؛ دەستەواژەی نهێنی لانیکەم %3 پیت و بەهێزیی خەمڵێنراوی %4 بیتی پێویستە (چەند وشەیەکی نەبەستراو بە یەکەوە باش کار دەکەن؛ دووبارەکردنەوە و زنجیرەی وەک ⁦&apos;aaaa&apos;⁩ یان &apos;1234&apos; کەم زیاد دەکەن). هیچ شتێک دروست نەکرا و نەگۆڕدرا</translation>
    </message>
    <message numerus="yes">
        <source>assessment %1 is not finished (%n problem(s)): %2. Score each item or mark it not assessed with a reason, then export again; no bundle was written and no revision was used</source>
        <translation>
            <numerusform>هەڵسەنگاندنی %1 تەواو نەبووە (%n کێشە): %2. نمرە بە هەر بڕگەیەک بدە یان بە هۆکارەوە وەک هەڵنەسەنگێنراو نیشانەی بکە، پاشان دووبارە هەناردە بکە؛ هیچ بەستەیەک نەنووسرا و هیچ وەشانێک بەکار نەهات</numerusform>
            <numerusform>هەڵسەنگاندنی %1 تەواو نەبووە (%n کێشە): %2. نمرە بە هەر بڕگەیەک بدە یان بە هۆکارەوە وەک هەڵنەسەنگێنراو نیشانەی بکە، پاشان دووبارە هەناردە بکە؛ هیچ بەستەیەک نەنووسرا و هیچ وەشانێک بەکار نەهات</numerusform>
        </translation>
    </message>
    <message>
        <source>the PDF writer failed: %1</source>
        <translation>نووسەری ⁦PDF⁩ سەرکەوتوو نەبوو: %1</translation>
    </message>
    <message>
        <source>no assessment %1 in this profile; see `ipms assessment list`</source>
        <translation>هەڵسەنگاندنی %1 لەم پرۆفایلەدا نییە؛ سەیری ⁦`ipms assessment list`⁩ بکە</translation>
    </message>
    <message>
        <source>assessment %1 was started with framework %2 %3, but the installed file is %4; install the matching framework version before scoring</source>
        <translation>هەڵسەنگاندنی %1 بە چوارچێوەی %2 %3 دەستی پێکرد، بەڵام فایلە دامەزراوەکە %4ە؛ پێش نمرەدان وەشانی گونجاوی چوارچێوەکە دابمەزرێنە</translation>
    </message>
    <message>
        <source>the institution&apos;s name is empty</source>
        <translation>ناوی دامەزراوەکە بەتاڵە</translation>
    </message>
    <message>
        <source>cycle %1 is not a year between 2000 and 2100</source>
        <translation>خولی %1 ساڵێک نییە لە نێوان 2000 و 2100</translation>
    </message>
    <message>
        <source>item %1: &apos;evidence&apos; must be a list of file paths</source>
        <translation>بڕگەی %1: ⁦&apos;evidence&apos;⁩ دەبێت لیستێکی ڕێڕەوی فایل بێت</translation>
    </message>
    <message>
        <source>item %1: must be an object</source>
        <translation>بڕگەی %1: دەبێت ئۆبجێکت بێت</translation>
    </message>
    <message>
        <source>item %1: &apos;%2&apos; must be a list of texts</source>
        <translation>بڕگەی %1: &apos;%2&apos; دەبێت لیستێکی دەق بێت</translation>
    </message>
    <message>
        <source>could not copy the profile database to %1: %2; run `ipms profile verify` to check the database</source>
        <translation>بنکەدراوەی پرۆفایل بۆ %1 کۆپی نەکرا: %2؛ ⁦`ipms profile verify`⁩ جێبەجێ بکە بۆ پشکنینی بنکەدراوەکە</translation>
    </message>
    <message>
        <source>no evidence content with SHA-256 %1 in this profile</source>
        <translation>هیچ ناوەڕۆکێکی بەڵگە بە ⁦SHA-256⁩ی %1 لەم پرۆفایلەدا نییە</translation>
    </message>
    <message>
        <source>item %1 has no evidence with SHA-256 %2</source>
        <translation>بڕگەی %1 هیچ بەڵگەیەکی بە ⁦SHA-256⁩ی %2 نییە</translation>
    </message>
    <message>
        <source>evidence content %1 does not match its hash; run `ipms profile verify`</source>
        <translation>ناوەڕۆکی بەڵگەی %1 لەگەڵ هاشەکەی ناگونجێت؛ ⁦`ipms profile verify`⁩ جێبەجێ بکە</translation>
    </message>
    <message>
        <source>evidence %1 is not a file</source>
        <translation>بەڵگەی %1 فایل نییە</translation>
    </message>
    <message>
        <source>evidence file %1 changed while it was being stored; wait until it is no longer being written and attach it again</source>
        <translation>فایلی بەڵگەی %1 لە کاتی پاشەکەوتکردندا گۆڕا؛ چاوەڕێ بکە تا نووسینی تێدا تەواو دەبێت و دووبارە هاوپێچی بکە</translation>
    </message>
    <message>
        <source>evidence content %1 was not stored; attach the file again</source>
        <translation>ناوەڕۆکی بەڵگەی %1 پاشەکەوت نەکرا؛ فایلەکە دووبارە هاوپێچ بکە</translation>
    </message>
    <message>
        <source>evidence content %1 is missing chunk %2; run `ipms profile verify`</source>
        <translation>پارچەی %2 لە ناوەڕۆکی بەڵگەی %1 ونە؛ ⁦`ipms profile verify`⁩ جێبەجێ بکە</translation>
    </message>
    <message>
        <source>cannot read evidence file %1: %2</source>
        <translation>فایلی بەڵگەی %1 ناخوێندرێتەوە: %2</translation>
    </message>
    <message>
        <source>evidence file %1 does not exist</source>
        <translation>فایلی بەڵگەی %1 بوونی نییە</translation>
    </message>
    <message>
        <source>the profile was unlocked with its passphrase; use change_passphrase (`ipms profile passwd`), which asks for the current one</source>
        <translation>پرۆفایلەکە بە دەستەواژەی نهێنیی خۆی کرایەوە؛ ⁦change_passphrase⁩ (⁦`ipms profile passwd`⁩) بەکاربهێنە کە داوای دەستەواژەی ئێستا دەکات</translation>
    </message>
    <message>
        <source>no profile key-slot file at %1; check the --profile folder (or create a profile with `ipms profile create`)</source>
        <translation>هیچ فایلێکی خانەکانی کلیلی پرۆفایل لە %1 نییە؛ بوخچەی ⁦--profile⁩ بپشکنە (یان بە ⁦`ipms profile create`⁩ پرۆفایلێک دروست بکە)</translation>
    </message>
    <message>
        <source>%1: not an IPMS key-slot file</source>
        <translation>%1: فایلی خانەکانی کلیلی ⁦IPMS⁩ نییە</translation>
    </message>
    <message>
        <source>key-slot file %1 has version %2; this application reads version %3: update IPMS Desktop</source>
        <translation>فایلی خانەکانی کلیلی %1 وەشانی %2ە؛ ئەم بەرنامەیە وەشانی %3 دەخوێنێتەوە: ⁦IPMS Desktop⁩ نوێ بکەرەوە</translation>
    </message>
    <message>
        <source>%1: profile_id, key_check or slots missing or malformed</source>
        <translation>%1: ⁦profile_id⁩، ⁦key_check⁩ یان ⁦slots⁩ ونە یان تێکچووە</translation>
    </message>
    <message>
        <source>escrow public key must be %1 bytes (ML-KEM-768 + X25519), got %2</source>
        <translation>کلیلی گشتیی ئەمانەت دەبێت %1 بایت بێت (⁦ML-KEM-768⁩ + ⁦X25519⁩)، %2 هات</translation>
    </message>
    <message>
        <source>escrow private key must be %1 bytes (ML-KEM-768 seed + X25519), got %2</source>
        <translation>کلیلی تایبەتی ئەمانەت دەبێت %1 بایت بێت (تۆوی ⁦ML-KEM-768⁩ + ⁦X25519⁩)، %2 هات</translation>
    </message>
    <message>
        <source>the passphrase is empty; choose a passphrase</source>
        <translation>دەستەواژەی نهێنی بەتاڵە؛ دەستەواژەیەکی نهێنی هەڵبژێرە</translation>
    </message>
    <message>
        <source>key slot %1 is malformed or uses an unknown cipher</source>
        <translation>خانەی کلیلی %1 تێکچووە یان شفرەیەکی نەناسراو بەکاردەهێنێت</translation>
    </message>
    <message>
        <source>this profile has no %1 key slot</source>
        <translation>ئەم پرۆفایلە خانەی کلیلی %1ی نییە</translation>
    </message>
    <message>
        <source>the key-slot file is inconsistent (the unwrapped key fails the key check); restore keyslots.json from a backup of the profile folder</source>
        <translation>فایلی خانەکانی کلیل ناتەبایە (کلیلە کراوەکە لە پشکنینی کلیل دەرناچێت)؛ ⁦keyslots.json⁩ لە کۆپیی یەدەگی بوخچەی پرۆفایل بگەڕێنەوە</translation>
    </message>
    <message>
        <source>key slot %1 is missing</source>
        <translation>خانەی کلیلی %1 ونە</translation>
    </message>
    <message>
        <source>key slot %1 has %2 bytes, not %3</source>
        <translation>خانەی کلیلی %1 %2 بایتی تێدایە، نەک %3</translation>
    </message>
    <message>
        <source>invalid Argon2id parameters %1: need 1 to %2 lanes, 1 to %3 iterations and 8 x lanes to %4 KiB of memory</source>
        <translation>پارامەتەرەکانی ⁦Argon2id⁩ نادروستن %1: 1 تا %2 ڕێڕەو، 1 تا %3 دووبارەکردنەوە و لە 8 × ڕێڕەوەکان تا %4 ⁦KiB⁩ بیرگە پێویستە</translation>
    </message>
    <message>
        <source>the escrow private key does not open this profile&apos;s escrow slot</source>
        <translation>کلیلی تایبەتی ئەمانەت خانەی ئەمانەتی ئەم پرۆفایلە ناکاتەوە</translation>
    </message>
    <message>
        <source>%1 (%2); restore it from a backup of the profile folder</source>
        <translation>%1 (%2)؛ لە کۆپیی یەدەگی بوخچەی پرۆفایل بیگەڕێنەوە</translation>
    </message>
    <message>
        <source>escrow public key is malformed: %1</source>
        <translation>کلیلی گشتیی ئەمانەت تێکچووە: %1</translation>
    </message>
    <message>
        <source>escrow private key is malformed: %1</source>
        <translation>کلیلی تایبەتی ئەمانەت تێکچووە: %1</translation>
    </message>
    <message>
        <source>key slot has malformed KDF parameters (%1)</source>
        <translation>پارامەتەرەکانی ⁦KDF⁩ لە خانەی کلیلدا تێکچوون (%1)</translation>
    </message>
    <message>
        <source>key slot %1 is not valid base64</source>
        <translation>خانەی کلیلی %1 ⁦base64⁩ی دروست نییە</translation>
    </message>
    <message>
        <source>the profile needs a name</source>
        <translation>پرۆفایلەکە ناوی پێویستە</translation>
    </message>
    <message>
        <source>%1 already holds a profile (%2); choose an empty folder or open the existing profile</source>
        <translation>%1 پێشتر پرۆفایلێکی تێدایە (%2)؛ بوخچەیەکی بەتاڵ هەڵبژێرە یان پرۆفایلە هەبووەکە بکەرەوە</translation>
    </message>
    <message>
        <source>the profile in %1 has schema revision %2, newer than this application knows (up to %3); update IPMS Desktop to open it. The profile was left untouched</source>
        <translation>پرۆفایلەکەی %1 وەشانی نەخشەی %2ی هەیە، نوێترە لەوەی ئەم بەرنامەیە دەیناسێت (تا %3)؛ بۆ کردنەوەی ⁦IPMS Desktop⁩ نوێ بکەرەوە. دەست لە پرۆفایلەکە نەدرا</translation>
    </message>
    <message>
        <source>upgrading the profile in %1 failed (%2); nothing was changed and a backup is in %3</source>
        <translation>بەرزکردنەوەی پرۆفایلەکەی %1 سەرکەوتوو نەبوو (%2)؛ هیچ شتێک نەگۆڕدرا و کۆپیی یەدەگ لە %3دایە</translation>
    </message>
    <message>
        <source>unknown text kind %1; use one of %2</source>
        <translation>جۆری دەقی نەناسراو %1؛ یەکێک لە %2 بەکاربهێنە</translation>
    </message>
    <message>
        <source>item %1: %2 must be a list of texts</source>
        <translation>بڕگەی %1: %2 دەبێت لیستێکی دەق بێت</translation>
    </message>
    <message>
        <source>the profile in %1 is closed; unlock it again</source>
        <translation>پرۆفایلەکەی %1 داخراوە؛ دووبارە بیکەرەوە</translation>
    </message>
    <message>
        <source>assessment %1 was exported meanwhile as revision %2; export it again</source>
        <translation>هەڵسەنگاندنی %1 لەم نێوانەدا وەک وەشانی %2 هەناردە کرا؛ دووبارە هەناردەی بکە</translation>
    </message>
    <message>
        <source>evidence file %1 is %2 bytes, over the limit of %3 bytes a file; attach a smaller file (for example a compressed PDF or an excerpt)</source>
        <translation>فایلی بەڵگەی %1 %2 بایتە، زیاترە لە سنووری %3 بایت بۆ هەر فایلێک؛ فایلێکی بچووکتر هاوپێچ بکە (بۆ نموونە ⁦PDF⁩ی پەستێندراو یان بەشێک)</translation>
    </message>
    <message>
        <source>wrong current passphrase; the passphrase was not changed</source>
        <translation>دەستەواژەی نهێنیی ئێستا هەڵەیە؛ دەستەواژەی نهێنی نەگۆڕدرا</translation>
    </message>
    <message>
        <source>wrong passphrase</source>
        <translation>دەستەواژەی نهێنی هەڵەیە</translation>
    </message>
    <message>
        <source>wrong recovery code</source>
        <translation>کۆدی گەڕاندنەوە هەڵەیە</translation>
    </message>
    <message>
        <source>that is not a recovery code: expected %1 letters and digits in groups of %2 (unexpected characters: %3)</source>
        <translation>ئەمە کۆدی گەڕاندنەوە نییە: %1 پیت و ژمارە لە کۆمەڵەی %2یی چاوەڕوان دەکرا (پیتی چاوەڕواننەکراو: %3)</translation>
    </message>
    <message>
        <source>recovery code mistyped (its check letters do not match)</source>
        <translation>کۆدی گەڕاندنەوە بە هەڵە نووسراوە (پیتەکانی پشکنینی ناگونجێن)</translation>
    </message>
    <message>
        <source>profile in use by %1; close the other IPMS window first (lock file %2)</source>
        <translation>پرۆفایلەکە لەلایەن %1 بەکاردێت؛ سەرەتا پەنجەرەکەی تری ⁦IPMS⁩ دابخە (فایلی قوفڵ %2)</translation>
    </message>
    <message>
        <source>wrong passphrase for the profile in %1; nothing was changed. Forgotten it? Use `ipms profile recover` with the recovery code</source>
        <translation>دەستەواژەی نهێنیی هەڵە بۆ پرۆفایلەکەی %1؛ هیچ شتێک نەگۆڕدرا. لەبیرت چووە؟ ⁦`ipms profile recover`⁩ لەگەڵ کۆدی گەڕاندنەوە بەکاربهێنە</translation>
    </message>
    <message>
        <source>this recovery code does not open the profile in %2 (%1); nothing was changed. Check the code written down when the profile was created</source>
        <translation>ئەم کۆدی گەڕاندنەوەیە پرۆفایلەکەی %2 ناکاتەوە (%1)؛ هیچ شتێک نەگۆڕدرا. ئەو کۆدە بپشکنە کە لە کاتی دروستکردنی پرۆفایلەکەدا نووسرایەوە</translation>
    </message>
    <message>
        <source>no key-slot file in %1 and none beside %2; the backup cannot be opened without one</source>
        <translation>هیچ فایلێکی خانەکانی کلیل لە %1 و لە تەنیشت %2 نییە؛ کۆپیی یەدەگ بەبێ ئەو ناکرێتەوە</translation>
    </message>
    <message>
        <source>wrong passphrase; nothing was restored</source>
        <translation>دەستەواژەی نهێنی هەڵەیە؛ هیچ شتێک نەگەڕێندرایەوە</translation>
    </message>
    <message>
        <source>backup %1 does not exist</source>
        <translation>کۆپیی یەدەگی %1 بوونی نییە</translation>
    </message>
    <message>
        <source>backup %1 cannot be restored: %2; choose another backup</source>
        <translation>کۆپیی یەدەگی %1 ناگەڕێندرێتەوە: %2؛ کۆپیی یەدەگێکی تر هەڵبژێرە</translation>
    </message>
    <message>
        <source>database damaged: %1 (%2); latest backup is %3; run `ipms profile restore --profile %4 --from %3`</source>
        <translation>بنکەدراوە تێکچووە: %1 (%2)؛ دوایین کۆپیی یەدەگ %3ە؛ ⁦`ipms profile restore --profile %4 --from %3`⁩ جێبەجێ بکە</translation>
    </message>
    <message>
        <source>database damaged: %1 (%2); no backup found in %3; restore the profile folder from your own copy</source>
        <translation>بنکەدراوە تێکچووە: %1 (%2)؛ هیچ کۆپیی یەدەگێک لە %3 نەدۆزرایەوە؛ بوخچەی پرۆفایل لە کۆپیی خۆت بگەڕێنەوە</translation>
    </message>
    <message>
        <source>the database file is missing</source>
        <translation>فایلی بنکەدراوە ونە</translation>
    </message>
    <message>
        <source>it holds no profile schema</source>
        <translation>هیچ نەخشەیەکی پرۆفایلی تێدا نییە</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) fail their check</source>
        <translation>
            <numerusform>%n پەڕە لە پشکنین دەرناچێت</numerusform>
            <numerusform>%n پەڕە لە پشکنین دەرناچن</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no &apos;%2&apos; block found; check that this is the right file</source>
        <translation>%1: هیچ بلۆکێکی &apos;%2&apos; نەدۆزرایەوە؛ دڵنیابە کە فایلە دروستەکەیە</translation>
    </message>
    <message>
        <source>%1: the &apos;%2&apos; block is damaged (%3)</source>
        <translation>%1: بلۆکی &apos;%2&apos; تێکچووە (%3)</translation>
    </message>
    <message>
        <source>%1: &apos;cycle&apos; and &apos;serial&apos; must be positive integers</source>
        <translation>%1: ⁦&apos;cycle&apos;⁩ و ⁦&apos;serial&apos;⁩ دەبێت ژمارەی تەواوی پۆزەتیڤ بن</translation>
    </message>
    <message>
        <source>%1: &apos;issued&apos; must be a UTC time</source>
        <translation>%1: ⁦&apos;issued&apos;⁩ دەبێت کاتێکی ⁦UTC⁩ بێت</translation>
    </message>
    <message>
        <source>%1: &apos;institutions&apos; must be a list</source>
        <translation>%1: ⁦&apos;institutions&apos;⁩ دەبێت لیست بێت</translation>
    </message>
    <message>
        <source>%1: each institution entry must be an object</source>
        <translation>%1: هەر تۆمارێکی دامەزراوە دەبێت ئۆبجێکت بێت</translation>
    </message>
    <message>
        <source>%1: an entry names no institution</source>
        <translation>%1: تۆمارێک هیچ دامەزراوەیەک ناو نابات</translation>
    </message>
    <message>
        <source>%1: %2: &apos;assessors&apos; must be a list</source>
        <translation>%1: %2: ⁦&apos;assessors&apos;⁩ دەبێت لیست بێت</translation>
    </message>
    <message>
        <source>%1: each person needs &apos;key&apos; (sha256:&lt;64 hex&gt;) and &apos;name&apos;</source>
        <translation>%1: هەر کەسێک ⁦&apos;key&apos;⁩ (⁦sha256:&lt;64 hex&gt;⁩) و ⁦&apos;name&apos;⁩ی پێویستە</translation>
    </message>
    <message>
        <source>%1: institution %2 is assigned twice</source>
        <translation>%1: دامەزراوەی %2 دوو جار دیاری کراوە</translation>
    </message>
    <message>
        <source>%1: holds a &apos;%2&apos; key, not a recipient key</source>
        <translation>%1: کلیلێکی &apos;%2&apos; هەڵدەگرێت، نەک کلیلی وەرگر</translation>
    </message>
    <message>
        <source>the CA needs a name; pass --name</source>
        <translation>دەسەڵاتی بڕوانامە ناوی پێویستە؛ ⁦--name⁩ بدە</translation>
    </message>
    <message>
        <source>%1: already holds a CA; choose an empty folder so the existing root is never overwritten</source>
        <translation>%1: پێشتر دەسەڵاتی بڕوانامەی تێدایە؛ بوخچەیەکی بەتاڵ هەڵبژێرە بۆ ئەوەی ڕەگە هەبووەکە هەرگیز جێگۆڕکێ نەکرێت</translation>
    </message>
    <message>
        <source>%1: does not belong to %2</source>
        <translation>%1: هی %2 نییە</translation>
    </message>
    <message>
        <source>%1: already holds an escrow key; it is never replaced</source>
        <translation>%1: پێشتر کلیلی ئەمانەتی تێدایە؛ هەرگیز جێگۆڕکێ ناکرێت</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos; (known: %2)</source>
        <translation>ڕۆڵی نەناسراو &apos;%1&apos; (ناسراوەکان: %2)</translation>
    </message>
    <message>
        <source>--days must be between 1 and %1</source>
        <translation>⁦--days⁩ دەبێت لە نێوان 1 و %1 بێت</translation>
    </message>
    <message>
        <source>unknown revocation reason &apos;%1&apos; (known: %2)</source>
        <translation>هۆکاری هەڵوەشاندنەوەی نەناسراو &apos;%1&apos; (ناسراوەکان: %2)</translation>
    </message>
    <message>
        <source>the root certificate cannot revoke itself; create a new CA instead</source>
        <translation>بڕوانامەی ڕەگ ناتوانێت خۆی هەڵبوەشێنێتەوە؛ لە جیاتی ئەوە دەسەڵاتێکی بڕوانامەی نوێ دروست بکە</translation>
    </message>
    <message>
        <source>certificate %1 is already revoked</source>
        <translation>بڕوانامەی %1 پێشتر هەڵوەشێنراوەتەوە</translation>
    </message>
    <message>
        <source>%1: damaged; it must hold one number</source>
        <translation>%1: تێکچووە؛ دەبێت یەک ژمارەی تێدا بێت</translation>
    </message>
    <message>
        <source>%1: not a PEM CRL</source>
        <translation>%1: لیستی هەڵوەشاندنەوەی ⁦CRL⁩ی ⁦PEM⁩ نییە</translation>
    </message>
    <message>
        <source>this certificate was not issued by this CA; nothing to revoke</source>
        <translation>ئەم بڕوانامەیە لەلایەن ئەم دەسەڵاتی بڕوانامەیەوە دەرنەچووە؛ هیچ شتێک بۆ هەڵوەشاندنەوە نییە</translation>
    </message>
    <message>
        <source>%1: this certificate is revoked</source>
        <translation>%1: ئەم بڕوانامەیە هەڵوەشێنراوەتەوە</translation>
    </message>
    <message>
        <source>%1 holds role &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>%1 ڕۆڵی &apos;%2&apos;ی هەیە، نەک &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the cycle must be a year such as 2026</source>
        <translation>خول دەبێت ساڵێک بێت وەک 2026</translation>
    </message>
    <message>
        <source>name the institution (--institution)</source>
        <translation>دامەزراوەکە ناو ببە (⁦--institution⁩)</translation>
    </message>
    <message>
        <source>the previous certificate holds role &apos;%1&apos; and the next &apos;%2&apos;; a key can only continue work of the same role</source>
        <translation>بڕوانامەی پێشوو ڕۆڵی &apos;%1&apos;ی هەیە و داهاتوو &apos;%2&apos;؛ کلیل تەنها دەتوانێت درێژە بە کاری هەمان ڕۆڵ بدات</translation>
    </message>
    <message>
        <source>the previous and the next certificate are the same certificate</source>
        <translation>بڕوانامەی پێشوو و داهاتوو هەمان بڕوانامەن</translation>
    </message>
    <message>
        <source>%1: this certificate was not issued by this CA</source>
        <translation>%1: ئەم بڕوانامەیە لەلایەن ئەم دەسەڵاتی بڕوانامەیەوە دەرنەچووە</translation>
    </message>
    <message>
        <source>%1: damaged; restore it from the CA folder&apos;s backup</source>
        <translation>%1: تێکچووە؛ لە کۆپیی یەدەگی بوخچەی دەسەڵاتی بڕوانامە بیگەڕێنەوە</translation>
    </message>
    <message>
        <source>%1: the previous certificate was not issued by this CA</source>
        <translation>%1: بڕوانامەی پێشوو لەلایەن ئەم دەسەڵاتی بڕوانامەیەوە دەرنەچووە</translation>
    </message>
    <message>
        <source>%1 has no Ed25519 key</source>
        <translation>%1 کلیلی ⁦Ed25519⁩ی نییە</translation>
    </message>
    <message>
        <source>%1 is not an end-entity signing certificate</source>
        <translation>%1 بڕوانامەی واژۆی کۆتا-بەکارهێنەر نییە</translation>
    </message>
    <message>
        <source>certificate of %1 is valid from %2</source>
        <translation>بڕوانامەی %1 لە %2ەوە کارپێکراوە</translation>
    </message>
    <message>
        <source>certificate of %1 expired on %2</source>
        <translation>بڕوانامەی %1 لە %2 بەسەرچوو</translation>
    </message>
    <message>
        <source>certificate of %1 has been revoked</source>
        <translation>بڕوانامەی %1 هەڵوەشێنراوەتەوە</translation>
    </message>
    <message>
        <source>%1 holds role &apos;%2&apos;, but this needs %3</source>
        <translation>%1 ڕۆڵی &apos;%2&apos;ی هەیە، بەڵام ئەمە %3ی پێویستە</translation>
    </message>
    <message>
        <source>the signer certificate was not issued by the trusted root %1</source>
        <translation>بڕوانامەی واژۆکەر لەلایەن ڕەگی متمانەپێکراوی %1ەوە دەرنەچووە</translation>
    </message>
    <message>
        <source>the signer certificate cannot be read (%1)</source>
        <translation>بڕوانامەی واژۆکەر ناخوێندرێتەوە (%1)</translation>
    </message>
    <message>
        <source>%1 lacks basicConstraints or keyUsage</source>
        <translation>%1 ⁦basicConstraints⁩ یان ⁦keyUsage⁩ی تێدا نییە</translation>
    </message>
    <message>
        <source>%1: recipient key extension cannot be read</source>
        <translation>%1: پاشکۆی کلیلی وەرگر ناخوێندرێتەوە</translation>
    </message>
    <message>
        <source>%1: recipient key extension has no suite id</source>
        <translation>%1: پاشکۆی کلیلی وەرگر ناسنامەی کۆمەڵەی تێدا نییە</translation>
    </message>
    <message>
        <source>%1: %2 must each be sha256:&lt;64 hex&gt;</source>
        <translation>%1: هەر یەک لە %2 دەبێت بە شێوەی ⁦sha256:&lt;64 hex&gt;⁩ بێت</translation>
    </message>
    <message>
        <source>%1: &apos;name&apos; and &apos;issued&apos; must be texts</source>
        <translation>%1: ⁦&apos;name&apos;⁩ و ⁦&apos;issued&apos;⁩ دەبێت دەق بن</translation>
    </message>
    <message>
        <source>%1: a certificate cannot continue itself</source>
        <translation>%1: بڕوانامە ناتوانێت درێژە بە خۆی بدات</translation>
    </message>
    <message>
        <source>an empty passphrase cannot protect a private key; choose one</source>
        <translation>دەستەواژەی نهێنیی بەتاڵ ناتوانێت کلیلی تایبەت بپارێزێت؛ یەکێک هەڵبژێرە</translation>
    </message>
    <message>
        <source>%1: not an IPMS key file (unknown format marker)</source>
        <translation>%1: فایلی کلیلی ⁦IPMS⁩ نییە (نیشانەی فۆرماتی نەناسراو)</translation>
    </message>
    <message>
        <source>%1: key file is truncated</source>
        <translation>%1: فایلی کلیل بڕاوە</translation>
    </message>
    <message>
        <source>%1: holds a &apos;%2&apos; key, expected &apos;%3&apos;</source>
        <translation>%1: کلیلێکی &apos;%2&apos; هەڵدەگرێت، &apos;%3&apos; چاوەڕوان دەکرا</translation>
    </message>
    <message>
        <source>%1: key file has out-of-range Argon2id parameters</source>
        <translation>%1: پارامەتەرەکانی ⁦Argon2id⁩ لە فایلی کلیلدا لە دەرەوەی مەودان</translation>
    </message>
    <message>
        <source>%1: key file has out-of-range Argon2id memory cost</source>
        <translation>%1: تێچووی بیرگەی ⁦Argon2id⁩ لە فایلی کلیلدا لە دەرەوەی مەودایە</translation>
    </message>
    <message>
        <source>%1: wrong passphrase, or the key file is damaged; try the passphrase again</source>
        <translation>%1: دەستەواژەی نهێنی هەڵەیە، یان فایلی کلیل تێکچووە؛ دووبارە دەستەواژەی نهێنی تاقی بکەرەوە</translation>
    </message>
    <message>
        <source>no trust settings in this profile; install CoMSEC&apos;s file with `ipms profile install-trust`</source>
        <translation>هیچ ڕێکخستنێکی متمانە لەم پرۆفایلەدا نییە؛ فایلی ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران بە ⁦`ipms profile install-trust`⁩ دابمەزرێنە</translation>
    </message>
    <message>
        <source>these trust settings are signed by another root (%1); this profile trusts %2. Ask CoMSEC for the right file</source>
        <translation>ئەم ڕێکخستنانەی متمانە بە ڕەگێکی تر واژۆ کراون (%1)؛ ئەم پرۆفایلە متمانەی بە %2 هەیە. فایلە دروستەکە لە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران داوا بکە</translation>
    </message>
    <message>
        <source>trust settings serial %1 is older than the installed serial %2; refusing to go back (rollback)</source>
        <translation>ڕێکخستنەکانی متمانەی زنجیرەی %1 کۆنترن لە زنجیرەی دامەزراوی %2؛ گەڕانەوە بۆ دواوە (⁦rollback⁩) ڕەت دەکرێتەوە</translation>
    </message>
    <message>
        <source>%1: too large for a certificate</source>
        <translation>%1: بۆ بڕوانامە زۆر گەورەیە</translation>
    </message>
    <message>
        <source>this profile has no key pair yet; run `ipms profile request` first</source>
        <translation>ئەم پرۆفایلە هێشتا جووتە کلیلی نییە؛ سەرەتا ⁦`ipms profile request`⁩ جێبەجێ بکە</translation>
    </message>
    <message>
        <source>%1: certifies another key, not this profile&apos;s; install the certificate issued for this profile&apos;s request</source>
        <translation>%1: کلیلێکی تر پشتڕاست دەکاتەوە، نەک هی ئەم پرۆفایلە؛ ئەو بڕوانامەیە دابمەزرێنە کە بۆ داواکاریی ئەم پرۆفایلە دەرچووە</translation>
    </message>
    <message>
        <source>this profile has no certificate; run `ipms profile request`, have CoMSEC issue it, then `ipms profile install-cert`</source>
        <translation>ئەم پرۆفایلە بڕوانامەی نییە؛ ⁦`ipms profile request`⁩ جێبەجێ بکە، با ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران دەری بکات، پاشان ⁦`ipms profile install-cert`⁩</translation>
    </message>
    <message>
        <source>%1: %2 has been revoked</source>
        <translation>%1: %2 هەڵوەشێنراوەتەوە</translation>
    </message>
    <message>
        <source>%1: %2 is not valid now</source>
        <translation>%1: %2 ئێستا کارپێکراو نییە</translation>
    </message>
    <message>
        <source>%1: %2 (%3) carries no recipient key, so bundles cannot be encrypted to it</source>
        <translation>%1: %2 (%3) کلیلی وەرگری نییە، بۆیە بەستەکان بۆی شفرە ناکرێن</translation>
    </message>
    <message>
        <source>the trust settings&apos; escrow key uses suite %1; the profile&apos;s escrow slot needs an ML-KEM-768 + X25519 key</source>
        <translation>کلیلی ئەمانەتی ڕێکخستنەکانی متمانە کۆمەڵەی %1 بەکاردەهێنێت؛ خانەی ئەمانەتی پرۆفایل کلیلی ⁦ML-KEM-768⁩ + ⁦X25519⁩ی پێویستە</translation>
    </message>
    <message>
        <source>unknown HPKE suite &apos;%1&apos; (known: %2)</source>
        <translation>کۆمەڵەی ⁦HPKE⁩ی نەناسراو &apos;%1&apos; (ناسراوەکان: %2)</translation>
    </message>
    <message>
        <source>recipient public key for %1 has %2 bytes, expected %3</source>
        <translation>کلیلی گشتیی وەرگر بۆ %1 %2 بایتە، %3 چاوەڕوان دەکرا</translation>
    </message>
    <message>
        <source>%1: a recipient key must be {&apos;suite&apos;, &apos;public_key&apos;}</source>
        <translation>%1: کلیلی وەرگر دەبێت بە شێوەی {⁦&apos;suite&apos;, &apos;public_key&apos;⁩} بێت</translation>
    </message>
    <message>
        <source>%1: recipient key fields must be strings</source>
        <translation>%1: خانەکانی کلیلی وەرگر دەبێت دەق بن</translation>
    </message>
    <message>
        <source>%1: recipient public key has no suite id</source>
        <translation>%1: کلیلی گشتیی وەرگر ناسنامەی کۆمەڵەی نییە</translation>
    </message>
    <message>
        <source>recipient private key for %1 has the wrong length; the key file is damaged</source>
        <translation>درێژیی کلیلی تایبەتی وەرگر بۆ %1 هەڵەیە؛ فایلی کلیل تێکچووە</translation>
    </message>
    <message>
        <source>recipient key %1 is not a valid key (%2)</source>
        <translation>کلیلی وەرگری %1 کلیلێکی دروست نییە (%2)</translation>
    </message>
    <message>
        <source>%1: recipient public key is not valid base64</source>
        <translation>%1: کلیلی گشتیی وەرگر ⁦base64⁩ی دروست نییە</translation>
    </message>
    <message>
        <source>a certificate request needs the holder&apos;s name; pass --name</source>
        <translation>داواکاریی بڕوانامە ناوی خاوەنەکەی پێویستە؛ ⁦--name⁩ بدە</translation>
    </message>
    <message>
        <source>%1: too large for a certificate request</source>
        <translation>%1: بۆ داواکاریی بڕوانامە زۆر گەورەیە</translation>
    </message>
    <message>
        <source>%1: the request&apos;s signature does not verify; it was altered</source>
        <translation>%1: واژۆی داواکارییەکە پشتڕاست نابێتەوە؛ دەستکاری کراوە</translation>
    </message>
    <message>
        <source>%1: the request must hold an Ed25519 key</source>
        <translation>%1: داواکارییەکە دەبێت کلیلی ⁦Ed25519⁩ی تێدا بێت</translation>
    </message>
    <message>
        <source>%1: the request names no holder (no common name)</source>
        <translation>%1: داواکارییەکە هیچ خاوەنێک ناو نابات (ناوی گشتی نییە)</translation>
    </message>
    <message>
        <source>%1: not a PEM certificate request (PKCS#10)</source>
        <translation>%1: داواکاریی بڕوانامەی ⁦PEM⁩ نییە (⁦PKCS#10⁩)</translation>
    </message>
    <message>
        <source>%1: not a signed IPMS statement</source>
        <translation>%1: ڕاگەیەندراوێکی واژۆکراوی ⁦IPMS⁩ نییە</translation>
    </message>
    <message>
        <source>%1: too large for a signed statement</source>
        <translation>%1: بۆ ڕاگەیەندراوێکی واژۆکراو زۆر گەورەیە</translation>
    </message>
    <message>
        <source>%1: not a %2 file</source>
        <translation>%1: فایلی %2 نییە</translation>
    </message>
    <message>
        <source>%1: format %2 is not supported (this version reads %3); update IPMS Desktop</source>
        <translation>%1: فۆرماتی %2 پشتگیری ناکرێت (ئەم وەشانە %3 دەخوێنێتەوە)؛ ⁦IPMS Desktop⁩ نوێ بکەرەوە</translation>
    </message>
    <message>
        <source>%1: the trusted root has no Ed25519 key</source>
        <translation>%1: ڕەگی متمانەپێکراو کلیلی ⁦Ed25519⁩ی نییە</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s %2 is not a JSON object</source>
        <translation>%1: %2ی ڕاگەیەندراوەکە ئۆبجێکتی ⁦JSON⁩ نییە</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing</source>
        <translation>%1: &apos;%2&apos; ونە</translation>
    </message>
    <message>
        <source>%1: the signature does not verify with the trusted root; the file was altered, forged or made by another CA</source>
        <translation>%1: واژۆکە بە ڕەگی متمانەپێکراو پشتڕاست نابێتەوە؛ فایلەکە دەستکاری کراوە، ساختە کراوە یان دەسەڵاتێکی بڕوانامەی تر دروستی کردووە</translation>
    </message>
    <message>
        <source>%1: the statement&apos;s %2 is not valid JSON</source>
        <translation>%1: %2ی ڕاگەیەندراوەکە ⁦JSON⁩ی دروست نییە</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not valid base64</source>
        <translation>%1: &apos;%2&apos; ⁦base64⁩ی دروست نییە</translation>
    </message>
    <message>
        <source>%1: too large for a trust settings file</source>
        <translation>%1: بۆ فایلی ڕێکخستنەکانی متمانە زۆر گەورەیە</translation>
    </message>
    <message>
        <source>%1: not an IPMS trust settings file</source>
        <translation>%1: فایلی ڕێکخستنەکانی متمانەی ⁦IPMS⁩ نییە</translation>
    </message>
    <message>
        <source>%1: trust settings format %2 is not supported (this version reads %3); update IPMS Desktop</source>
        <translation>%1: فۆرماتی ڕێکخستنەکانی متمانە %2 پشتگیری ناکرێت (ئەم وەشانە %3 دەخوێنێتەوە)؛ ⁦IPMS Desktop⁩ نوێ بکەرەوە</translation>
    </message>
    <message>
        <source>%1: the root certificate has no Ed25519 key</source>
        <translation>%1: بڕوانامەی ڕەگ کلیلی ⁦Ed25519⁩ی نییە</translation>
    </message>
    <message>
        <source>%1: the CRL inside is not signed by the root</source>
        <translation>%1: لیستی هەڵوەشاندنەوەی ⁦CRL⁩ی ناوەوە لەلایەن ڕەگەوە واژۆ نەکراوە</translation>
    </message>
    <message>
        <source>%1: the trust settings %2 is not a JSON object</source>
        <translation>%1: %2ی ڕێکخستنەکانی متمانە ئۆبجێکتی ⁦JSON⁩ نییە</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing or not text</source>
        <translation>%1: &apos;%2&apos; ونە یان دەق نییە</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is missing or not a list</source>
        <translation>%1: &apos;%2&apos; ونە یان لیست نییە</translation>
    </message>
    <message>
        <source>%1: &apos;serial&apos; must be a positive integer</source>
        <translation>%1: ⁦&apos;serial&apos;⁩ دەبێت ژمارەیەکی تەواوی پۆزەتیڤ بێت</translation>
    </message>
    <message>
        <source>%1: each framework needs &apos;id&apos;, &apos;version&apos; and &apos;hash&apos; strings</source>
        <translation>%1: هەر چوارچێوەیەک دەقەکانی ⁦&apos;id&apos;⁩، ⁦&apos;version&apos;⁩ و ⁦&apos;hash&apos;⁩ی پێویستە</translation>
    </message>
    <message>
        <source>%1: root certificate or CRL cannot be read (%2)</source>
        <translation>%1: بڕوانامەی ڕەگ یان ⁦CRL⁩ ناخوێندرێتەوە (%2)</translation>
    </message>
    <message>
        <source>%1: signature does not verify with its root; the file was altered or forged</source>
        <translation>%1: واژۆکە بە ڕەگەکەی خۆی پشتڕاست نابێتەوە؛ فایلەکە دەستکاری یان ساختە کراوە</translation>
    </message>
    <message>
        <source>%1: the trust settings %2 is not valid JSON</source>
        <translation>%1: %2ی ڕێکخستنەکانی متمانە ⁦JSON⁩ی دروست نییە</translation>
    </message>
    <message>
        <source>%1: &apos;issued&apos; is not a UTC time</source>
        <translation>%1: ⁦&apos;issued&apos;⁩ کاتێکی ⁦UTC⁩ نییە</translation>
    </message>
    <message>
        <source>%1: cannot read trust settings (%2)</source>
        <translation>%1: ڕێکخستنەکانی متمانە ناخوێندرێنەوە (%2)</translation>
    </message>
    <message>
        <source>%1: recipient key extension is not a DER OCTET STRING</source>
        <translation>%1: پاشکۆی کلیلی وەرگر ⁦DER OCTET STRING⁩ نییە</translation>
    </message>
    <message>
        <source>trust settings serial %1 carry CRL number %2, older than the installed CRL number %3; installing them would undo revocations. Ask CoMSEC for trust settings made after the latest revocation</source>
        <translation>ڕێکخستنەکانی متمانەی زنجیرەی %1 لیستی هەڵوەشاندنەوەی ژمارە %2 هەڵدەگرن، کە کۆنترە لە لیستی دامەزراوی ژمارە %3؛ دامەزراندنیان هەڵوەشاندنەوەکان پووچەڵ دەکاتەوە. لە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران ڕێکخستنی متمانە داوا بکە کە دوای دوایین هەڵوەشاندنەوە دروست کرابێت</translation>
    </message>
    <message numerus="yes">
        <source>trust settings serial %1 no longer list %n revoked certificate(s) the installed ones revoke; installing them would undo revocations. Ask CoMSEC for trust settings made after the latest revocation</source>
        <translation>
            <numerusform>ڕێکخستنەکانی متمانەی زنجیرەی %1 چیتر %n بڕوانامەی هەڵوەشێنراوە ناژمێرن کە ڕێکخستنە دامەزراوەکان هەڵیانوەشاندووەتەوە؛ دامەزراندنیان هەڵوەشاندنەوەکان پووچەڵ دەکاتەوە. لە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران ڕێکخستنی متمانە داوا بکە کە دوای دوایین هەڵوەشاندنەوە دروست کرابێت</numerusform>
            <numerusform>ڕێکخستنەکانی متمانەی زنجیرەی %1 چیتر %n بڕوانامەی هەڵوەشێنراوە ناژمێرن کە ڕێکخستنە دامەزراوەکان هەڵیانوەشاندووەتەوە؛ دامەزراندنیان هەڵوەشاندنەوەکان پووچەڵ دەکاتەوە. لە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران ڕێکخستنی متمانە داوا بکە کە دوای دوایین هەڵوەشاندنەوە دروست کرابێت</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be used as trust settings: %2; ask CoMSEC for a current trust settings file</source>
        <translation>%1 وەک ڕێکخستنەکانی متمانە بەکارناهێنرێت: %2؛ فایلێکی ئێستای ڕێکخستنەکانی متمانە لە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران داوا بکە</translation>
    </message>
    <message>
        <source>unknown key point %1; use one of %2</source>
        <translation>جۆری خاڵی سەرەکیی نەناسراو %1؛ یەکێک لەمانە بەکاربهێنە: %2</translation>
    </message>
    <message>
        <source>item %1: a key point needs its text; to remove one use --undo %2</source>
        <translation>بڕگەی %1: خاڵی سەرەکی دەقەکەی پێویستە؛ بۆ لابردنی یەکێک ‎--undo %2 بەکاربهێنە</translation>
    </message>
    <message>
        <source>reopening a consensus needs a justification: say why the team takes the newer individual revisions (--justification TEXT); nothing was changed</source>
        <translation>دووبارە کردنەوەی کۆدەنگی پاساوی پێویستە: بڵێ بۆچی تیمەکە وەشانە تاکەکەسییە نوێترەکان وەردەگرێت (‎--justification TEXT)؛ هیچ نەگۆڕدرا</translation>
    </message>
    <message>
        <source>the consensus of %1 for cycle %2 is not started, so there is nothing to reopen; it uses the current revisions (ipms consensus start freezes them)</source>
        <translation>کۆدەنگیی %1 بۆ خولی %2 دەستی پێنەکراوە، بۆیە هیچ نییە بۆ دووبارە کردنەوە؛ وەشانە ئێستاییەکان بەکاردەهێنێت (فەرمانی ipms consensus start جێگیریان دەکات)</translation>
    </message>
    <message>
        <source>%1 is encrypted for %2, not for the consolidation key in use (%3); choose that key and merge again (nothing was quarantined)</source>
        <translation>فایلی %1 بۆ %2 شاردراوەتەوە، نەک بۆ ئەو کلیلی یەکخستنەی بەکاردێت (%3)؛ ئەو کلیلە هەڵبژێرە و دووبارە تێکەڵ بکە (هیچ شتێک نەخرایە کەرەنتینەوە)</translation>
    </message>
    <message>
        <source>choose the consolidation key before merging: bundles are encrypted for %1</source>
        <translation>پێش تێکەڵکردن کلیلی یەکخستن هەڵبژێرە: بەستەکان بۆ %1 شاردراونەتەوە</translation>
    </message>
    <message>
        <source>the %1 certificate is for another key than this profile&apos;s</source>
        <translation>بڕوانامەی ڕۆڵی %1 بۆ کلیلێکی ترە، نەک کلیلی ئەم پرۆفایلە</translation>
    </message>
    <message>
        <source>%1 is not in the institutions list; add it first</source>
        <translation>%1 لە لیستی دامەزراوەکاندا نییە؛ سەرەتا زیادی بکە</translation>
    </message>
    <message>
        <source>the document holds at %1 the text %2 with a broken character (half of a UTF-16 surrogate pair, which is not Unicode), so it cannot be stored; nothing of the bundle was kept: ask its signer for a new export</source>
        <translation>بەڵگەنامەکە لە %1 دەقی %2ی تێدایە کە پیتێکی تێکچووی تێدایە (نیوەی جووتێکی جێگرەوەی ⁦UTF-16⁩، کە یونیکۆد نییە)، بۆیە ناتوانرێت هەڵبگیرێت؛ هیچ شتێک لە بەستەکە نەهێڵدرایەوە: داوای هەناردنێکی نوێ لە واژۆکەرەکەی بکە</translation>
    </message>
    <message>
        <source>the document holds at %1 the text %2 with a NUL character, which cannot be stored; nothing of the bundle was kept: ask its signer for a new export</source>
        <translation>بەڵگەنامەکە لە %1 دەقی %2ی تێدایە کە پیتی ⁦NUL⁩ی تێدایە و ناتوانرێت هەڵبگیرێت؛ هیچ شتێک لە بەستەکە نەهێڵدرایەوە: داوای هەناردنێکی نوێ لە واژۆکەرەکەی بکە</translation>
    </message>
    <message>
        <source>the manifest holds at %1 the text %2 with a broken character (half of a UTF-16 surrogate pair, which is not Unicode), so the bundle cannot be read; nothing of it was kept: ask its signer for a new export</source>
        <translation>پێڕستی ناوەڕۆک لە %1 دەقی %2ی تێدایە کە پیتێکی تێکچووی تێدایە (نیوەی جووتێکی جێگرەوەی ⁦UTF-16⁩، کە یونیکۆد نییە)، بۆیە بەستەکە ناخوێندرێتەوە؛ هیچ شتێکی نەهێڵدرایەوە: داوای هەناردنێکی نوێ لە واژۆکەرەکەی بکە</translation>
    </message>
    <message>
        <source>the manifest holds at %1 the text %2 with a NUL character, so the bundle cannot be read; nothing of it was kept: ask its signer for a new export</source>
        <translation>پێڕستی ناوەڕۆک لە %1 دەقی %2ی تێدایە کە پیتی ⁦NUL⁩ی تێدایە، بۆیە بەستەکە ناخوێندرێتەوە؛ هیچ شتێکی نەهێڵدرایەوە: داوای هەناردنێکی نوێ لە واژۆکەرەکەی بکە</translation>
    </message>
    <message>
        <source>assessment_id (at most %1 characters) and institution (at most %2) must be non-empty text without control characters</source>
        <translation>⁦assessment_id⁩ (زۆرترین ژمارەی پیت: %1) و ⁦institution⁩ (زۆرترین: %2) دەبێت دەقی نابەتاڵ بن و پیتی کۆنترۆڵیان تێدا نەبێت</translation>
    </message>
    <message>
        <source>revision and cycle must be whole numbers from 0 to %1</source>
        <translation>⁦revision⁩ و ⁦cycle⁩ دەبێت ژمارەی تەواو بن لە 0 تا %1</translation>
    </message>
    <message>
        <source>framework must be {&apos;id&apos;, &apos;hash&apos;} text</source>
        <translation>⁦framework⁩ دەبێت دوو دەق بێت بە ناوەکانی ⁦{&apos;id&apos;, &apos;hash&apos;}⁩</translation>
    </message>
    <message>
        <source>audit_head must be text of at most %1 characters</source>
        <translation>⁦audit_head⁩ دەبێت دەق بێت (زۆرترین ژمارەی پیت: %1)</translation>
    </message>
    <message>
        <source>%1: %2 holds the text %3 with a broken character (half of a UTF-16 surrogate pair, which is not Unicode), so it cannot be stored; nothing was read from the file: type that text again and save the file as UTF-8</source>
        <translation>%1: %2 دەقی %3ی تێدایە کە پیتێکی تێکچووی تێدایە (نیوەی جووتێکی جێگرەوەی ⁦UTF-16⁩، کە یونیکۆد نییە)، بۆیە ناتوانرێت هەڵبگیرێت؛ هیچ شتێک لە فایلەکە نەخوێندرایەوە: ئەو دەقە دووبارە بنووسەوە و فایلەکە وەک ⁦UTF-8⁩ پاشەکەوت بکە</translation>
    </message>
    <message>
        <source>%1: %2 holds the text %3 with a NUL character, which cannot be stored; nothing was read from the file: remove that character and try again</source>
        <translation>%1: %2 دەقی %3ی تێدایە کە پیتی ⁦NUL⁩ی تێدایە و ناتوانرێت هەڵبگیرێت؛ هیچ شتێک لە فایلەکە نەخوێندرایەوە: ئەو پیتە لابە و دووبارە هەوڵ بدەرەوە</translation>
    </message>
    <message>
        <source>the text %1 holds a broken character (half of a UTF-16 surrogate pair, which is not Unicode; a terminal or a file name that is not UTF-8 gives such text), so it cannot be saved; nothing was saved: type that text again in UTF-8</source>
        <translation>دەقی %1 پیتێکی تێکچووی تێدایە (نیوەی جووتێکی جێگرەوەی ⁦UTF-16⁩، کە یونیکۆد نییە؛ تێرمیناڵێک یان ناوی فایلێک کە ⁦UTF-8⁩ نەبێت دەقی وا دەدات)، بۆیە ناتوانرێت پاشەکەوت بکرێت؛ هیچ شتێک پاشەکەوت نەکرا: ئەو دەقە دووبارە بە ⁦UTF-8⁩ بنووسەوە</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>Credentials</source>
        <translation>ناسنامەکان</translation>
    </message>
    <message>
        <source>Trust settings:</source>
        <translation>ڕێکخستنەکانی متمانە:</translation>
    </message>
    <message>
        <source>Your certificate:</source>
        <translation>بڕوانامەکەت:</translation>
    </message>
    <message>
        <source>To enrol: write a certificate request, give the file to CoMSEC&apos;s administrator, then install the certificate you receive.</source>
        <translation>بۆ تۆمارکردن: داواکارییەکی بڕوانامە بنووسە، فایلەکە بدە بە بەڕێوەبەری ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران، پاشان ئەو بڕوانامەیە دابمەزرێنە کە وەریدەگریت.</translation>
    </message>
    <message>
        <source>Write certificate &amp;request…</source>
        <translation>نووسینی &amp;داواکاریی بڕوانامە…</translation>
    </message>
    <message>
        <source>Install &amp;certificate…</source>
        <translation>دامەزراندنی &amp;بڕوانامە…</translation>
    </message>
    <message>
        <source>Install &amp;trust settings…</source>
        <translation>دامەزراندنی ڕێکخستنەکانی &amp;متمانە…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>%1, serial %2</source>
        <translation>%1، ژمارەی زنجیرە %2</translation>
    </message>
    <message>
        <source>none installed</source>
        <translation>هیچ دانەمەزراوە</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1، بەکارە تا %2</translation>
    </message>
    <message>
        <source>Save the certificate request as</source>
        <translation>پاشەکەوتکردنی داواکاریی بڕوانامە بەناوی</translation>
    </message>
    <message>
        <source>Certificate requests (*.pem)</source>
        <translation>داواکارییەکانی بڕوانامە (*.pem)</translation>
    </message>
    <message>
        <source>Request written to %1. Give it to CoMSEC&apos;s administrator.</source>
        <translation>داواکارییەکە لە %1 نووسرا. بیدە بە بەڕێوەبەری ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران.</translation>
    </message>
    <message>
        <source>Your certificate</source>
        <translation>بڕوانامەکەت</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>بڕوانامەکان (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Certificate installed.</source>
        <translation>بڕوانامەکە دامەزرا.</translation>
    </message>
    <message>
        <source>Trust settings file</source>
        <translation>فایلی ڕێکخستنەکانی متمانە</translation>
    </message>
    <message>
        <source>Trust settings (*.ipmst)</source>
        <translation>ڕێکخستنەکانی متمانە (*.ipmst)</translation>
    </message>
    <message>
        <source>These trust settings are already installed.</source>
        <translation>ئەم ڕێکخستنانەی متمانە پێشتر دامەزراون.</translation>
    </message>
    <message>
        <source>Trust settings installed.</source>
        <translation>ڕێکخستنەکانی متمانە دامەزران.</translation>
    </message>
</context>
<context>
    <name>DropZone</name>
    <message>
        <source>Drop bundle files (.ipmsb) or a folder of them here</source>
        <translation>فایلەکانی بەستە (‎.ipmsb) یان بوخچەیەکیان لێرە دابنێ</translation>
    </message>
</context>
<context>
    <name>EditorScreen</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;گەڕانەوە</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دووبارەکردنەوە</translation>
    </message>
    <message>
        <source>&amp;Guidance for this attribute</source>
        <translation>&amp;ڕێنمایی ئەم تایبەتمەندییە</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>بڕگەی &amp;دواتر</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>بڕگەی &amp;پێشوو</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>&amp;هەڵسەنگاندنەکان</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>دووبارەکردنەوە</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;هەناردن…</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>پێوەرەکان</translation>
    </message>
    <message>
        <source>Score profile</source>
        <translation>وێنەی نمرەکان</translation>
    </message>
    <message>
        <source>Points per criterion</source>
        <translation>خاڵەکان بۆ هەر پێوەرێک</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>پاشەکەوت کرا.</translation>
    </message>
    <message>
        <source>%1: %2 score</source>
        <translation>%1: نمرەی %2</translation>
    </message>
    <message>
        <source>%1: agreed overall</source>
        <translation>%1: نمرەی گشتیی ڕێککەوتوو</translation>
    </message>
    <message>
        <source>%1: not assessed</source>
        <translation>%1: هەڵنەسەنگێنراو</translation>
    </message>
    <message>
        <source>%1: texts</source>
        <translation>%1: دەقەکان</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>زیادکردنی فایلی بەڵگە</translation>
    </message>
    <message>
        <source>Storing files…</source>
        <translation>فایلەکان هەڵدەگیرێن…</translation>
    </message>
    <message>
        <source>The file was not stored</source>
        <translation>فایلەکە هەڵنەگیرا</translation>
    </message>
    <message>
        <source>Open a copy</source>
        <translation>کردنەوەی کۆپییەک</translation>
    </message>
    <message>
        <source>To open %1, a plain copy is written outside the encrypted profile, where anyone using this laptop can read it. Delete the copy when you are done.</source>
        <translation>بۆ کردنەوەی %1، کۆپییەکی نەشاردراوە لە دەرەوەی پرۆفایلە شاردراوەکە دەنووسرێت و هەر کەسێک ئەم کۆمپیوتەرە بەکاربهێنێت دەتوانێت بیخوێنێتەوە. کاتێک تەواو بوویت کۆپییەکە بسڕەوە.</translation>
    </message>
    <message>
        <source>Write the copy and open it</source>
        <translation>کۆپییەکە بنووسە و بیکەرەوە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Save the copy as</source>
        <translation>پاشەکەوتکردنی کۆپییەکە بەناوی</translation>
    </message>
    <message>
        <source>The copy was not written</source>
        <translation>کۆپییەکە نەنووسرا</translation>
    </message>
    <message>
        <source>Copy written to %1</source>
        <translation>کۆپییەکە لە %1 نووسرا</translation>
    </message>
    <message>
        <source>Remove %1 from this item? This cannot be undone.</source>
        <translation>%1 لەم بڕگەیە لادەبرێت؟ ئەمە ناگەڕێتەوە.</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>لابردنی بەڵگە</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>لابردن</translation>
    </message>
    <message>
        <source>The file was not removed</source>
        <translation>فایلەکە لانەبرا</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>تەواو</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>هەڵنەسەنگێنراو</translation>
    </message>
    <message>
        <source>partly scored</source>
        <translation>بەشێکی نمرەی دانراوە</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>دەستی پێنەکراوە</translation>
    </message>
    <message>
        <source>justification missing</source>
        <translation>پاساو نییە</translation>
    </message>
    <message>
        <source>draft overall not saved yet</source>
        <translation>ڕەشنووسی نمرەی گشتی، هێشتا پاشەکەوت نەکراوە</translation>
    </message>
    <message>
        <source>– of %1</source>
        <translation>– لە %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 لە %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) stored.</source>
        <translation>
            <numerusform>%n فایل هەڵگیرا.</numerusform>
            <numerusform>%n فایل هەڵگیران.</numerusform>
        </translation>
    </message>
    <message>
        <source>The total appears when every criterion has a score.</source>
        <translation>کۆی گشتی دەردەکەوێت کاتێک هەموو پێوەرێک نمرەی هەبێت.</translation>
    </message>
    <message>
        <source>%1 of %2 items finished</source>
        <translation>%1 لە %2 بڕگە تەواو بوون</translation>
    </message>
    <message>
        <source>Move to an attribute score, then press F1 for its guidance.</source>
        <translation>بچۆ سەر نمرەی تایبەتمەندییەک، پاشان F1 دابگرە بۆ ڕێنماییەکەی.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>ڕێنمایی</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>Provisional: not every item is assessed, so no level is given.</source>
        <translation>کاتی: هەموو بڕگەکان هەڵنەسەنگێنراون، بۆیە ئاست نادرێت.</translation>
    </message>
    <message>
        <source>This framework defines no levels.</source>
        <translation>ئەم چوارچێوەیە هیچ ئاستێک دیاری ناکات.</translation>
    </message>
    <message>
        <source>No level reached</source>
        <translation>هیچ ئاستێک نەگەیشتووە</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Files are stored encrypted inside the profile and travel with the export. Opening one writes a plain copy outside the encrypted store.</source>
        <translation>فایلەکان بە شاردراوەیی لەناو پرۆفایلەکەدا هەڵدەگیرێن و لەگەڵ هەناردندا دەڕۆن. کردنەوەی یەکێکیان کۆپییەکی نەشاردراوە لە دەرەوەی کۆگا شاردراوەکە دەنووسێت.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>قەبارە</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>زیادکردنی &amp;فایل…</translation>
    </message>
    <message>
        <source>Open a &amp;copy…</source>
        <translation>کردنەوەی &amp;کۆپی…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;لابردن</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export assessment</source>
        <translation>هەناردنی هەڵسەنگاندن</translation>
    </message>
    <message>
        <source>%1, cycle %2: this export will be revision %3.</source>
        <translation>%1، خولی %2: ئەم هەناردنە دەبێتە وەشانی %3.</translation>
    </message>
    <message>
        <source>This profile has no trust settings yet, so there is no one to export to. Install CoMSEC&apos;s trust settings under Profile, Credentials.</source>
        <translation>ئەم پرۆفایلە هێشتا ڕێکخستنی متمانەی نییە، بۆیە کەس نییە بۆی هەناردە بکرێت. ڕێکخستنەکانی متمانەی ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران لە پرۆفایل، ناسنامەکان دابمەزرێنە.</translation>
    </message>
    <message>
        <source>This profile has no certificate yet, so it cannot sign an export. Write a certificate request under Profile, Credentials, and install the certificate CoMSEC issues.</source>
        <translation>ئەم پرۆفایلە هێشتا بڕوانامەی نییە، بۆیە ناتوانێت هەناردەیەک واژۆ بکات. لە پرۆفایل، ناسنامەکان داواکارییەکی بڕوانامە بنووسە و ئەو بڕوانامەیە دابمەزرێنە کە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران دەریدەکات.</translation>
    </message>
    <message>
        <source>CoMSEC consolidation (key %1)</source>
        <translation>یەکخستنی ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران (کلیلی %1)</translation>
    </message>
    <message>
        <source>Team lead&apos;s certificate</source>
        <translation>بڕوانامەی سەرۆکی تیم</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>بڕوانامەکان (*.pem *.crt);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ناخوێندرێتەوە: %2</translation>
    </message>
    <message>
        <source>Team lead: %1</source>
        <translation>سەرۆکی تیم: %1</translation>
    </message>
    <message>
        <source>Save the bundle as</source>
        <translation>پاشەکەوتکردنی بەستەکە بەناوی</translation>
    </message>
    <message>
        <source>IPMS bundles (*.ipmsb)</source>
        <translation>بەستەکانی IPMS ‏(*.ipmsb)</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>شوێنی پاشەکەوتکردنی بەستەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>گۆڕینی فایل</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 پێشتر هەیە. بیگۆڕیت؟</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>گۆڕین</translation>
    </message>
    <message>
        <source>Bundle written: %1</source>
        <translation>بەستەکە نووسرا: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تەواو</translation>
    </message>
    <message>
        <source>The bundle was not written (no partial file is left): %1</source>
        <translation>بەستەکە نەنووسرا (هیچ فایلێکی ناتەواو نەماوە): %1</translation>
    </message>
    <message>
        <source>&amp;Recipients (only they can open the bundle)</source>
        <translation>&amp;وەرگرەکان (تەنها ئەوان دەتوانن بەستەکە بکەنەوە)</translation>
    </message>
    <message>
        <source>Add a team lead&apos;s &amp;certificate…</source>
        <translation>زیادکردنی &amp;بڕوانامەی سەرۆکی تیم…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;لابردن</translation>
    </message>
    <message>
        <source>&amp;Save the bundle as</source>
        <translation>&amp;پاشەکەوتکردنی بەستەکە بەناوی</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;گەڕان…</translation>
    </message>
    <message>
        <source>Bundle fingerprint: read it to the recipient by phone; they compare it with the file they received.</source>
        <translation>پەنجەمۆری بەستەکە: بە تەلەفۆن بۆ وەرگرەکەی بخوێنەوە تا لەگەڵ ئەو فایلەی پێی گەیشتووە بەراوردی بکات.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;هەناردن</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>Enter your name as it should appear on your assessments.</source>
        <translation>ناوەکەت بنووسە وەک ئەوەی لەسەر هەڵسەنگاندنەکانت دەردەکەوێت.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>دوو دەستەواژە نهێنییەکە جیاوازن: هەمان دەستەواژە دوو جار بنووسە.</translation>
    </message>
    <message>
        <source>Installing the trust settings this installation was provisioned with…</source>
        <translation>ڕێکخستنەکانی متمانە کە ئەم دامەزراندنە پێیان ئامادە کراوە دادەمەزرێن…</translation>
    </message>
    <message>
        <source>Trust settings file</source>
        <translation>فایلی ڕێکخستنەکانی متمانە</translation>
    </message>
    <message>
        <source>Trust settings (*.ipmst);;All files (*)</source>
        <translation>ڕێکخستنەکانی متمانە (*.ipmst);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <source>Create your profile</source>
        <translation>پرۆفایلەکەت دروست بکە</translation>
    </message>
    <message>
        <source>Everything you enter is kept encrypted on this laptop. Choose a long passphrase that only you know: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>هەموو ئەوەی دەینووسیت بە شاردراوەیی لەسەر ئەم کۆمپیوتەرە هەڵدەگیرێت. دەستەواژەیەکی نهێنیی درێژ هەڵبژێرە کە تەنها خۆت بیزانیت: چەند وشەیەکی بێپەیوەند بە ئاسانی لەبیر دەمێنن و بە قورسی دەزاندرێن.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;ناوەکەت</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;دووبارەکردنەوەی دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>بەهێزی</translation>
    </message>
    <message>
        <source>Restore a profile from a &amp;backup…</source>
        <translation>گەڕاندنەوەی پرۆفایل لە &amp;کۆپیی یەدەگ…</translation>
    </message>
    <message>
        <source>Your profile is created when you choose one of these. Trust settings name CoMSEC&apos;s certificate authority and the consolidation keys your exports are encrypted to. Install the file you received with this laptop, or start a training profile to practise on your own.</source>
        <translation>پرۆفایلەکەت دروست دەکرێت کاتێک یەکێک لەمانە هەڵدەبژێریت. ڕێکخستنەکانی متمانە دەسەڵاتی بڕوانامەی ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران و ئەو کلیلانەی یەکخستن دیاری دەکەن کە هەناردەکانت بۆیان دەشاردرێنەوە. ئەو فایلە دابمەزرێنە کە لەگەڵ ئەم کۆمپیوتەرەدا وەرتگرتووە، یان پرۆفایلێکی ڕاهێنان دەست پێبکە بۆ ئەوەی بە تەنها ڕاهێنان بکەیت.</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>کۆدی گەڕاندنەوەکەت</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way to open your profile. Write it on paper now and keep the paper away from this laptop. It is shown only once.</source>
        <translation>ئەگەر دەستەواژەی نهێنییەکەت لەبیر بکەیت، ئەم کۆدە تاکە ڕێگایە بۆ کردنەوەی پرۆفایلەکەت. ئێستا لەسەر کاغەزێک بینووسە و کاغەزەکە دوور لەم کۆمپیوتەرە هەڵبگرە. تەنها یەک جار پیشان دەدرێت.</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery code down</source>
        <translation>کۆدی گەڕاندنەوەکەم &amp;نووسیوەتەوە</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;بەردەوامبوون</translation>
    </message>
    <message>
        <source>Trust settings</source>
        <translation>ڕێکخستنەکانی متمانە</translation>
    </message>
    <message>
        <source>&amp;Install trust settings from a file…</source>
        <translation>&amp;دامەزراندنی ڕێکخستنەکانی متمانە لە فایلێکەوە…</translation>
    </message>
    <message>
        <source>Start a &amp;training profile</source>
        <translation>دەستپێکردنی پرۆفایلی &amp;ڕاهێنان</translation>
    </message>
    <message>
        <source>Training creates a practice certificate authority and consolidation key on this laptop and a sample case, so that you can score, export, merge and report alone. Training exports are not accepted by CoMSEC.</source>
        <translation>ڕاهێنان لەسەر ئەم کۆمپیوتەرە دەسەڵاتێکی بڕوانامەی ڕاهێنان و کلیلێکی یەکخستن و حاڵەتێکی نموونە دروست دەکات، بۆ ئەوەی بە تەنها نمرە دابنێیت، هەناردە بکەیت، تێکەڵ بکەیت و ڕاپۆرت ئامادە بکەیت. ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران هەناردەکانی ڕاهێنان وەرناگرێت.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Assessor&apos;s guide</source>
        <translation>ڕێبەری هەڵسەنگێنەر</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
</context>
<context>
    <name>HeatMap</name>
    <message>
        <source>Item</source>
        <translation>بڕگە</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>جیاوازی</translation>
    </message>
    <message>
        <source>Consensus</source>
        <translation>کۆدەنگی</translation>
    </message>
    <message>
        <source>Discuss first: the scores spread by %1 points or more.</source>
        <translation>سەرەتا گفتوگۆ بکرێت: نمرەکان %1 خاڵ یان زیاتر جیاوازن.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Assessor: %1</source>
        <translation>هەڵسەنگێنەر: %1</translation>
    </message>
    <message>
        <source>Exported, revision %1</source>
        <translation>هەناردەکراو، وەشانی %1</translation>
    </message>
    <message>
        <source>Changed since revision %1 was exported; export again</source>
        <translation>لە دوای هەناردەکردنی وەشانی %1 گۆڕاوە؛ دووبارە هەناردەی بکەوە</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ڕەشنووس</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 لە %2 بڕگە</translation>
    </message>
    <message>
        <source>The assessment was not created</source>
        <translation>هەڵسەنگاندنەکە دروست نەکرا</translation>
    </message>
    <message>
        <source>Delete the assessment of %1 with all its scores, texts and evidence? This cannot be undone. Exported bundles are not affected.</source>
        <translation>هەڵسەنگاندنی %1 لەگەڵ هەموو نمرە و دەق و بەڵگەکانیدا بسڕدرێتەوە؟ ئەمە ناگەڕێتەوە. بەستە هەناردەکراوەکان کاریان تێناکرێت.</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>سڕینەوەی هەڵسەنگاندن</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>سڕینەوە</translation>
    </message>
    <message>
        <source>The assessment was not deleted</source>
        <translation>هەڵسەنگاندنەکە نەسڕایەوە</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>هەڵسەنگاندنەکان</translation>
    </message>
    <message>
        <source>Open an assessment with Enter or a double click. Every change is saved as you make it.</source>
        <translation>هەڵسەنگاندنێک بە Enter یان دوو کرتە بکەرەوە. هەر گۆڕانکارییەک هەر کاتێک دەیکەیت پاشەکەوت دەکرێت.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>دامەزراوە</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>خول</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>چوارچێوە</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>پێشکەوتن</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>دۆخ</translation>
    </message>
    <message>
        <source>No assessments yet. Create one with New assessment (Ctrl+N).</source>
        <translation>هێشتا هیچ هەڵسەنگاندنێک نییە. یەکێک دروست بکە بە هەڵسەنگاندنی نوێ (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>هەڵسەنگاندنی &amp;نوێ…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;کردنەوە</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;هەناردن…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;سڕینەوە…</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>&amp;Not assessed</source>
        <translation>&amp;هەڵنەسەنگێنراو</translation>
    </message>
    <message>
        <source>Reason this item cannot be assessed</source>
        <translation>هۆی ئەوەی ئەم بڕگەیە هەڵناسەنگێنرێت</translation>
    </message>
    <message>
        <source>Reason not assessed</source>
        <translation>هۆی هەڵنەسەنگاندن</translation>
    </message>
    <message>
        <source>&amp;Scores</source>
        <translation>&amp;نمرەکان</translation>
    </message>
    <message>
        <source>Write 3 to 5 strengths as full sentences, before scoring.</source>
        <translation>پێش نمرەدانان 3 تا 5 خاڵی بەهێز بە ڕستەی تەواو بنووسە.</translation>
    </message>
    <message>
        <source>Write 3 to 5 areas for improvement as full sentences.</source>
        <translation>3 تا 5 بواری باشترکردن بە ڕستەی تەواو بنووسە.</translation>
    </message>
    <message>
        <source>At most 3 issues to check during the site visit.</source>
        <translation>زۆرترین 3 بابەت بۆ پشکنین لە کاتی سەردانی مەیدانیدا.</translation>
    </message>
    <message>
        <source>A&amp;greed overall</source>
        <translation>نمرەی گشتیی &amp;ڕێککەوتوو</translation>
    </message>
    <message>
        <source>Leave empty to use the suggested overall. Enter a value to record your judgement.</source>
        <translation>بە بەتاڵی بیهێڵەوە بۆ بەکارهێنانی نمرەی گشتیی پێشنیارکراو. بەهایەک بنووسە بۆ تۆمارکردنی بڕیاری خۆت.</translation>
    </message>
    <message>
        <source>&amp;Justification</source>
        <translation>&amp;پاساو</translation>
    </message>
    <message>
        <source>Element: %1</source>
        <translation>توخم: %1</translation>
    </message>
    <message>
        <source>Suggested overall: %1</source>
        <translation>نمرەی گشتیی پێشنیارکراو: %1</translation>
    </message>
    <message>
        <source>Clear this item&apos;s scores first to mark it not assessed.</source>
        <translation>سەرەتا نمرەکانی ئەم بڕگەیە بسڕەوە بۆ ئەوەی وەک هەڵنەسەنگێنراو دیاری بکرێت.</translation>
    </message>
    <message>
        <source>S&amp;trengths (%1)</source>
        <translation>خاڵە &amp;بەهێزەکان (%1)</translation>
    </message>
    <message>
        <source>&amp;Improvements (%1)</source>
        <translation>&amp;باشترکردن (%1)</translation>
    </message>
    <message>
        <source>Site &amp;visit (%1)</source>
        <translation>سەردانی &amp;مەیدانی (%1)</translation>
    </message>
    <message>
        <source>&amp;Evidence (%1)</source>
        <translation>&amp;بەڵگەکان (%1)</translation>
    </message>
    <message>
        <source>A justification is required: not every attribute is scored, so there is no suggested overall to agree with. It is saved once you write one.</source>
        <translation>پاساو پێویستە: هەموو تایبەتمەندییەکان نمرەیان نییە، بۆیە هیچ نمرەیەکی گشتیی پێشنیارکراو نییە بۆ ڕێککەوتن لەگەڵیدا. هەر کە پاساوەکەت نووسی پاشەکەوت دەکرێت.</translation>
    </message>
    <message>
        <source>A justification is required: the agreed overall departs %1 points or more from the suggested overall. It is saved once you write one.</source>
        <translation>پاساو پێویستە: نمرەی گشتیی ڕێککەوتوو %1 خاڵ یان زیاتر لە نمرەی پێشنیارکراو دوورە. هەر کە پاساوەکەت نووسی پاشەکەوت دەکرێت.</translation>
    </message>
    <message>
        <source>Justification given for departing from the suggested overall.</source>
        <translation>پاساو بۆ دوورکەوتنەوە لە نمرەی گشتیی پێشنیارکراو دراوە.</translation>
    </message>
    <message>
        <source>A justification is needed when the agreed overall departs %1 points or more.</source>
        <translation>پاساو پێویستە کاتێک نمرەی گشتیی ڕێککەوتوو %1 خاڵ یان زیاتر دوور دەکەوێتەوە.</translation>
    </message>
    <message>
        <source>Draft, not saved: write the justification to save this overall.</source>
        <translation>ڕەشنووس، پاشەکەوت نەکراوە: پاساوەکە بنووسە بۆ پاشەکەوتکردنی ئەم نمرە گشتییە.</translation>
    </message>
    <message>
        <source>%1 is not a legal score: use %2 to %3 in steps of %4.</source>
        <translation>%1 نمرەیەکی ڕێگەپێدراو نییە: لە %2 تا %3 بە هەنگاوی %4 بەکاربهێنە.</translation>
    </message>
</context>
<context>
    <name>LanguageScreen</name>
    <message>
        <source>Welcome to IPMS Desktop</source>
        <translation>بەخێربێیت بۆ IPMS Desktop</translation>
    </message>
    <message>
        <source>Choose the language you will work in. You can change it later on the unlock screen.</source>
        <translation>ئەو زمانە هەڵبژێرە کە کاری پێدەکەیت. دواتر دەتوانیت لە شاشەی کردنەوەدا بیگۆڕیت.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;بەردەوامبوون</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Your training profile is ready, with a sample case whose status document summary is attached to the first item as evidence. The practice certificate authority and consolidation key are in %1, protected by your passphrase; use them with the ipms command line to verify, merge and report your exports.</source>
        <translation>پرۆفایلی ڕاهێنانەکەت ئامادەیە، لەگەڵ حاڵەتێکی نموونە کە پوختەی بەڵگەنامەی دۆخەکەی وەک بەڵگە بە بڕگەی یەکەمەوە لکێنراوە. دەسەڵاتی بڕوانامەی ڕاهێنان و کلیلی یەکخستن لەم بوخچەیەدان: %1، و بە دەستەواژەی نهێنییەکەت پارێزراون؛ لەگەڵ هێڵی فەرمانی ipms بەکاریان بهێنە بۆ پشتڕاستکردنەوە و تێکەڵکردن و ڕاپۆرتکردنی هەناردەکانت.</translation>
    </message>
    <message>
        <source>Training profile</source>
        <translation>پرۆفایلی ڕاهێنان</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;پرۆفایل</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>هەڵسەنگاندنی &amp;نوێ…</translation>
    </message>
    <message>
        <source>&amp;Assessments</source>
        <translation>&amp;هەڵسەنگاندنەکان</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;هەناردن…</translation>
    </message>
    <message>
        <source>&amp;Credentials…</source>
        <translation>&amp;ناسنامەکان…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;یەدەگ گرتن…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase…</source>
        <translation>&amp;گۆڕینی دەستەواژەی نهێنی…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قوفڵدان</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;دەرچوون</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;دەستکاری</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;یارمەتی</translation>
    </message>
    <message>
        <source>Assessor&apos;s &amp;guide</source>
        <translation>&amp;ڕێبەری هەڵسەنگێنەر</translation>
    </message>
    <message>
        <source>&amp;About IPMS Desktop</source>
        <translation>&amp;دەربارەی IPMS Desktop</translation>
    </message>
    <message>
        <source>IPMS Desktop: the offline assessment client of the Government-Wide Institutional Performance Management System.</source>
        <translation>بەرنامەی IPMS Desktop: ئامرازی هەڵسەنگاندنی بێ ئینتەرنێتی سیستەمی بەڕێوەبردنی ئەدای دامەزراوەیی لە ئاستی حکومەتدا.</translation>
    </message>
    <message>
        <source>Unsaved agreed overalls</source>
        <translation>نمرە گشتییە ڕێککەوتووە پاشەکەوتنەکراوەکان</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have an agreed overall that is not saved until its justification is written: %1. Go back and write the justification, or close and drop them.</source>
        <translation>
            <numerusform>%n بڕگە نمرەی گشتیی ڕێککەوتووی هەیە کە تا پاساوەکەی نەنووسرێت پاشەکەوت ناکرێت: %1. بگەڕێوە و پاساوەکە بنووسە، یان دایبخە و وازیان لێ بهێنە.</numerusform>
            <numerusform>%n بڕگە نمرەی گشتیی ڕێککەوتوویان هەیە کە تا پاساوەکەیان نەنووسرێت پاشەکەوت ناکرێن: %1. بگەڕێوە و پاساوەکان بنووسە، یان دایبخە و وازیان لێ بهێنە.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go back to the item</source>
        <translation>بگەڕێوە بۆ بڕگەکە</translation>
    </message>
    <message>
        <source>Close and drop them</source>
        <translation>دایبخە و وازیان لێ بهێنە</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
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
        <translation>بڕگەی تر: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>Unexpected error (%1): %2</source>
        <translation>هەڵەیەکی چاوەڕواننەکراو (%1): %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <source>New assessment</source>
        <translation>هەڵسەنگاندنی نوێ</translation>
    </message>
    <message>
        <source>Choose the institution</source>
        <translation>دامەزراوەکە هەڵبژێرە</translation>
    </message>
    <message>
        <source>Choose the institution being assessed.</source>
        <translation>ئەو دامەزراوەیە هەڵبژێرە کە هەڵدەسەنگێنرێت.</translation>
    </message>
    <message>
        <source>Enter the institution being assessed.</source>
        <translation>ئەو دامەزراوەیە بنووسە کە هەڵدەسەنگێنرێت.</translation>
    </message>
    <message>
        <source>&amp;Institution</source>
        <translation>&amp;دامەزراوە</translation>
    </message>
    <message>
        <source>&amp;Cycle (year)</source>
        <translation>&amp;خول (ساڵ)</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;چوارچێوە</translation>
    </message>
    <message>
        <source>Scoring &amp;panel</source>
        <translation>&amp;تەختەی نمرەدان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;دروستکردن</translation>
    </message>
</context>
<context>
    <name>OutcomeTable</name>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>ئەنجام</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>دامەزراوە</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>خول</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>وەشان</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>ئەمە واتای چییە</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>تێکەڵ کرا</translation>
    </message>
    <message>
        <source>Already merged</source>
        <translation>پێشتر تێکەڵ کراوە</translation>
    </message>
    <message>
        <source>Kept in history</source>
        <translation>لە مێژوودا هەڵگیرا</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ڕەتکرایەوە</translation>
    </message>
    <message>
        <source>Now the current version of this assessment.</source>
        <translation>ئێستا وەشانی ئێستای ئەم هەڵسەنگاندنەیە.</translation>
    </message>
    <message>
        <source>Nothing changed: this file was merged before.</source>
        <translation>هیچ نەگۆڕا: ئەم فایلە پێشتر تێکەڵ کراوە.</translation>
    </message>
    <message>
        <source>Kept in history: a newer revision of the same assessment is current.</source>
        <translation>لە مێژوودا هەڵگیرا: وەشانێکی نوێتری هەمان هەڵسەنگاندن وەشانی ئێستایە.</translation>
    </message>
    <message>
        <source>A copy is kept in the quarantine.</source>
        <translation>کۆپییەکی لە کەرەنتینەدا هەڵگیراوە.</translation>
    </message>
    <message>
        <source>%1 merged, %2 already merged, %3 kept in history, %4 rejected</source>
        <translation>%1 تێکەڵ کرا، %2 پێشتر تێکەڵ کرابوو، %3 لە مێژوودا هەڵگیرا، %4 ڕەتکرایەوە</translation>
    </message>
    <message>
        <source>Merged, but another consensus for this institution counts too: the reports show no agreed consensus until CoMSEC settles it.</source>
        <translation>تێکەڵ کرا، بەڵام کۆدەنگییەکی تر بۆ ئەم دامەزراوەیە هەژمار دەکرێت: ڕاپۆرتەکان هیچ کۆدەنگییەکی ڕێککەوتوو پیشان نادەن تا ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران یەکلایی دەکاتەوە.</translation>
    </message>
    <message>
        <source>Now the current version of this assessment. Its institution&apos;s name looks like %1 (where they differ in brackets: character position and code points), already merged as a separate institution: check which spelling is right.</source>
        <translation>ئێستا وەشانی ئێستای ئەم هەڵسەنگاندنەیە. ناوی دامەزراوەکەی لە %1 دەچێت (جیاوازییەکە لە ناو کەوانەدایە: ژمارەی پیتەکە و کۆدەکانی یونیکۆد)، کە پێشتر وەک دامەزراوەیەکی جیا تێکەڵ کراوە: بزانە کام نووسینیان دروستە.</translation>
    </message>
    <message>
        <source>The quarantine keeps a note of it, but no copy; the original is untouched.</source>
        <translation>کەرەنتینەکە تێبینییەکی لەسەری هەڵدەگرێت بەڵام کۆپییەکی نا؛ فایلە ڕەسەنەکە دەستی لێ نەدراوە.</translation>
    </message>
</context>
<context>
    <name>PassphraseChangeDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>گۆڕینی دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>The new passphrase opens this profile from now on; the recovery code you wrote down stays valid. Backups made earlier still open with the passphrase they were made with.</source>
        <translation>لە ئێستاوە دەستەواژە نهێنییە نوێیەکە ئەم پرۆفایلە دەکاتەوە؛ ئەو کۆدی گەڕاندنەوەیەی نووسیوتەتەوە هەر بەکاردێت. کۆپییە یەدەگە پێشووەکان هێشتا بەو دەستەواژە نهێنییە دەکرێنەوە کە پێی دروست کراون.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>دەستەواژەی نهێنیی &amp;ئێستا</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>دەستەواژەی نهێنیی &amp;نوێ</translation>
    </message>
    <message>
        <source>Re&amp;peat it</source>
        <translation>&amp;دووبارەی بکەرەوە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>&amp;گۆڕینی دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>دەستەواژەی نهێنیی ئێستات بنووسە.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>دوو دەستەواژە نهێنییەکە جیاوازن: هەمان دەستەواژە دوو جار بنووسە.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one: choose another.</source>
        <translation>دەستەواژە نهێنییە نوێیەکە هەمان دەستەواژەی ئێستایە: یەکێکی تر هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>گۆڕینی دەستەواژەی نهێنی…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تەواو</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one the next time you unlock.</source>
        <translation>دەستەواژەی نهێنی گۆڕدرا. جاری داهاتوو کە پرۆفایل دەکەیتەوە نوێیەکە بەکاربهێنە.</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>Type a passphrase.</source>
        <translation>دەستەواژەیەکی نهێنی بنووسە.</translation>
    </message>
    <message>
        <source>The passphrase is too short: it needs at least %1 characters. Several unrelated words work well.</source>
        <translation>دەستەواژەی نهێنی زۆر کورتە: لانیکەم %1 پیتی پێویستە. چەند وشەیەک کە پەیوەندییان بە یەکەوە نییە باش دەبن.</translation>
    </message>
    <message>
        <source>Use different passphrases for the root key and the consolidation key.</source>
        <translation>دوو دەستەواژەی نهێنیی جیاواز بۆ کلیلی ڕەگ و کلیلی یەکخستن بەکاربهێنە.</translation>
    </message>
    <message>
        <source>The passphrase is too weak: make it longer, for example add a word.</source>
        <translation>دەستەواژەی نهێنی زۆر لاوازە: درێژتری بکە، بۆ نموونە وشەیەک زیاد بکە.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak: add more words or characters.</source>
        <translation>لاواز: وشە یان پیتی زیاتر زیاد بکە.</translation>
    </message>
    <message>
        <source>Fair, but not yet enough: add another word.</source>
        <translation>مامناوەند، بەڵام هێشتا بەس نییە: وشەیەکی تر زیاد بکە.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>باش.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>بەهێز.</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>زۆر کورتە: لانیکەم %1 پیت.</translation>
    </message>
</context>
<context>
    <name>PreExportCheckDialog</name>
    <message>
        <source>Before export</source>
        <translation>پێش هەناردن</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) are not finished. Score each one, or mark it not assessed with a reason, then export again. Press Enter or double-click an item to go to it.</source>
        <translation>
            <numerusform>%n بڕگە تەواو نەبووە. نمرەی بۆ دابنێ یان بە هۆکارەوە وەک هەڵنەسەنگێنراو دیاری بکە، پاشان دووبارە هەناردە بکە. Enter دابگرە یان دوو کرتە لە بڕگەکە بکە بۆ ئەوەی بچیتە سەری.</numerusform>
            <numerusform>%n بڕگە تەواو نەبوون. نمرە بۆ هەر یەکێکیان دابنێ یان بە هۆکارەوە وەک هەڵنەسەنگێنراو دیاری بکە، پاشان دووبارە هەناردە بکە. Enter دابگرە یان دوو کرتە لە بڕگەیەک بکە بۆ ئەوەی بچیتە سەری.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every item is finished. The scorebook method advises on %n item(s) below; go to an item to improve it, or export as it is.</source>
        <translation>
            <numerusform>هەموو بڕگەکان تەواون. ڕێبازی تۆماری هەڵسەنگاندن تێبینیی لەسەر %n بڕگە هەیە لە خوارەوە؛ بچۆ سەر بڕگەکە بۆ باشترکردنی، یان وەک خۆی هەناردەی بکە.</numerusform>
            <numerusform>هەموو بڕگەکان تەواون. ڕێبازی تۆماری هەڵسەنگاندن تێبینیی لەسەر %n بڕگە هەیە لە خوارەوە؛ بچۆ سەر بڕگەیەک بۆ باشترکردنی، یان وەک خۆی هەناردەی بکە.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go to item</source>
        <translation>&amp;چوون بۆ بڕگە</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
    <message>
        <source>&amp;Export as it is</source>
        <translation>وەک خۆی &amp;هەناردە بکە</translation>
    </message>
</context>
<context>
    <name>QuarantinePanel</name>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Refused at</source>
        <translation>کاتی ڕەتکردنەوە</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>هۆکار</translation>
    </message>
    <message>
        <source>Retry may help</source>
        <translation>هەوڵدانەوە لەوانەیە سوودی هەبێت</translation>
    </message>
    <message>
        <source>Load &amp;new trust settings…</source>
        <translation>بارکردنی ڕێکخستنی متمانەی &amp;نوێ…</translation>
    </message>
    <message>
        <source>Retry &amp;selected</source>
        <translation>هەوڵدانەوەی &amp;هەڵبژێردراو</translation>
    </message>
    <message>
        <source>Retry &amp;all</source>
        <translation>هەوڵدانەوەی &amp;هەموو</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>کردنەوەی &amp;بوخچە</translation>
    </message>
    <message>
        <source>Open a consolidation database to see its quarantine.</source>
        <translation>بنکەدراوەیەکی یەکخستن بکەرەوە بۆ بینینی کەرەنتینەکەی.</translation>
    </message>
    <message>
        <source>Refused bundles are copied to %1 with a note of why.</source>
        <translation>بەستە ڕەتکراوەکان لەگەڵ تێبینییەکی هۆکارەکە بۆ %1 کۆپی دەکرێن.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بەڵێ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>نەخێر</translation>
    </message>
    <message>
        <source>New trust settings from CoMSEC</source>
        <translation>ڕێکخستنی متمانەی نوێ لە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیرانەوە</translation>
    </message>
    <message>
        <source>Trust settings serial %1 loaded; retry the refused bundles now.</source>
        <translation>ڕێکخستنەکانی متمانە بە ژمارەی زنجیرەی %1 بارکران؛ ئێستا بەستە ڕەتکراوەکان هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>Retry finished: %1 accepted, %2 still refused.</source>
        <translation>هەوڵدانەوە تەواو بوو: %1 وەرگیرا، %2 هێشتا ڕەتکراوەتەوە.</translation>
    </message>
    <message>
        <source>Install &amp;assignments or key link…</source>
        <translation>دامەزراندنی &amp;دیاریکردنەکان یان بەستنەوەی کلیل…</translation>
    </message>
    <message>
        <source>CoMSEC&apos;s signed file naming each institution&apos;s team lead for a cycle, or linking a replaced key to its predecessor</source>
        <translation>فایلێکی واژۆکراوی ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران کە سەرۆکی تیمی هەر دامەزراوەیەک بۆ خولێک دیاری دەکات، یان کلیلێکی جێگرەوە بە کلیلی پێشووی دەبەستێتەوە</translation>
    </message>
    <message>
        <source>Team assignments or key link from CoMSEC</source>
        <translation>دیاریکردنی تیمەکان یان بەستنەوەی کلیل لە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران</translation>
    </message>
    <message>
        <source>%1 cannot be installed (%2). Ask CoMSEC for its current signed team assignments or key link file; nothing was changed.</source>
        <translation>فایلی %1 دانامەزرێت (%2). فایلی واژۆکراوی ئێستای دیاریکردنی تیمەکان یان بەستنەوەی کلیل لە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران داوا بکە؛ هیچ شتێک نەگۆڕا.</translation>
    </message>
    <message>
        <source>%1 installed; retry the refused bundles now.</source>
        <translation>فایلی %1 دامەزرا؛ ئێستا بەستە ڕەتکراوەکان هەوڵ بدەرەوە.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover the profile</source>
        <translation>گەڕاندنەوەی پرۆفایل</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the profile was created, then choose a new passphrase. Your assessments are not changed.</source>
        <translation>ئەو کۆدی گەڕاندنەوەیە بنووسە کە لە کاتی دروستکردنی پرۆفایلەکەدا نووسیتەوە، پاشان دەستەواژەیەکی نهێنیی نوێ هەڵبژێرە. هەڵسەنگاندنەکانت ناگۆڕێن.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;کۆدی گەڕاندنەوە</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>دەستەواژەی نهێنیی &amp;نوێ</translation>
    </message>
    <message>
        <source>Re&amp;peat it</source>
        <translation>&amp;دووبارەی بکەرەوە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>&amp;Unlock and set the passphrase</source>
        <translation>&amp;کردنەوە و دانانی دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Type the recovery code.</source>
        <translation>کۆدی گەڕاندنەوە بنووسە.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>دوو دەستەواژە نهێنییەکە جیاوازن: هەمان دەستەواژە دوو جار بنووسە.</translation>
    </message>
</context>
<context>
    <name>RejectionReasons</name>
    <message>
        <source>The file is damaged or incomplete (for example, a copy that was cut short). Ask the assessor to export it again and send a fresh copy.</source>
        <translation>فایلەکە تێکچووە یان ناتەواوە (بۆ نموونە کۆپییەک کە نیوەچڵ ماوە). داوا لە هەڵسەنگێنەرەکە بکە دووبارە هەناردەی بکات و کۆپییەکی نوێ بنێرێت.</translation>
    </message>
    <message>
        <source>The file was changed after the assessor signed it. Do not use it; ask the assessor for a new export.</source>
        <translation>فایلەکە دوای واژۆکردنی لەلایەن هەڵسەنگێنەرەوە گۆڕدراوە. بەکاری مەهێنە؛ داوای هەناردنێکی نوێ لە هەڵسەنگێنەرەکە بکە.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that the disk or USB stick is still attached, then add it again.</source>
        <translation>فایلەکە نەخوێندرایەوە. دڵنیابە کە دیسک یان فلاشی USB هێشتا بەستراوە، پاشان دووبارە زیادی بکە.</translation>
    </message>
    <message>
        <source>This is not an assessment bundle. Only .ipmsb files exported from IPMS Desktop can be merged.</source>
        <translation>ئەمە بەستەی هەڵسەنگاندن نییە. تەنها فایلەکانی ‎.ipmsb کە لە IPMS Desktop هەناردە کراون تێکەڵ دەکرێن.</translation>
    </message>
    <message>
        <source>The file was made by a newer version of IPMS Desktop. Update IPMS Desktop on this computer, then try again.</source>
        <translation>فایلەکە بە وەشانێکی نوێتری IPMS Desktop دروست کراوە. IPMS Desktop لەم کۆمپیوتەرە نوێ بکەرەوە، پاشان دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>The file holds something other than an assessment or a consensus.</source>
        <translation>فایلەکە شتێکی جگە لە هەڵسەنگاندن یان کۆدەنگی تێدایە.</translation>
    </message>
    <message>
        <source>The file was encrypted in a way this version cannot read. Update IPMS Desktop on this computer.</source>
        <translation>فایلەکە بە شێوەیەک شاردراوەتەوە کە ئەم وەشانە ناتوانێت بیخوێنێتەوە. IPMS Desktop لەم کۆمپیوتەرە نوێ بکەرەوە.</translation>
    </message>
    <message>
        <source>The person who signed it is not certified by CoMSEC&apos;s authority in your trust settings. If CoMSEC has sent new trust settings, load them and retry.</source>
        <translation>ئەو کەسەی واژۆی کردووە لەلایەن دەسەڵاتی ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران لە ڕێکخستنەکانی متمانەتدا پەسەند نەکراوە. ئەگەر ئەمیندارێتیی گشتی ڕێکخستنی متمانەی نوێی ناردووە، باریان بکە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has been withdrawn by CoMSEC. Contact CoMSEC before using this assessment.</source>
        <translation>ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران بڕوانامەی واژۆکەرەکەی کێشاوەتەوە. پێش بەکارهێنانی ئەم هەڵسەنگاندنە پەیوەندی پێوە بکە.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate had expired when the file was made. The assessor needs a renewed certificate and a new export.</source>
        <translation>بڕوانامەی واژۆکەر لە کاتی دروستکردنی فایلەکەدا بەسەرچووبوو. هەڵسەنگێنەرەکە پێویستی بە بڕوانامەیەکی نوێکراوە و هەناردنێکی نوێ هەیە.</translation>
    </message>
    <message>
        <source>The file is dated before the signer&apos;s certificate was valid. Check the assessor&apos;s computer clock.</source>
        <translation>بەرواری فایلەکە پێش دەستپێکردنی ماوەی بڕوانامەی واژۆکەرە. کاتژمێری کۆمپیوتەری هەڵسەنگێنەرەکە بپشکنە.</translation>
    </message>
    <message>
        <source>The file is dated in the future. Check the clock of the assessor&apos;s computer and of this computer.</source>
        <translation>بەرواری فایلەکە لە داهاتوودایە. کاتژمێری کۆمپیوتەری هەڵسەنگێنەرەکە و ئەم کۆمپیوتەرە بپشکنە.</translation>
    </message>
    <message>
        <source>The file was signed with a certificate that may not sign assessments.</source>
        <translation>فایلەکە بە بڕوانامەیەک واژۆ کراوە کە مافی واژۆکردنی هەڵسەنگاندنی نییە.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate does not allow this kind of file (for example, an assessor signing a consensus).</source>
        <translation>بڕوانامەی واژۆکەر ڕێگە بەم جۆرە فایلە نادات (بۆ نموونە هەڵسەنگێنەرێک کۆدەنگییەک واژۆ بکات).</translation>
    </message>
    <message>
        <source>The assessment uses a framework version that your trust settings do not approve. If CoMSEC has sent new trust settings, load them and retry.</source>
        <translation>هەڵسەنگاندنەکە وەشانێکی چوارچێوە بەکاردەهێنێت کە ڕێکخستنەکانی متمانەت پەسەندی ناکەن. ئەگەر ئەمیندارێتیی گشتی ڕێکخستنی متمانەی نوێی ناردووە، باریان بکە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>The file was not encrypted for this consolidation key. Check that you chose the right key, or ask the assessor to export again for you.</source>
        <translation>فایلەکە بۆ ئەم کلیلی یەکخستنە نەشاردراوەتەوە. دڵنیابە کە کلیلی دروستت هەڵبژاردووە، یان داوا لە هەڵسەنگێنەرەکە بکە دووبارە بۆت هەناردە بکات.</translation>
    </message>
    <message>
        <source>The file could not be decrypted with this key. Check that you chose the right key.</source>
        <translation>فایلەکە بەم کلیلە نەکرایەوە. دڵنیابە کە کلیلی دروستت هەڵبژاردووە.</translation>
    </message>
    <message>
        <source>Another file with the same identity but different content was merged earlier. One of the two is not what the assessor exported; ask the assessor which is right.</source>
        <translation>پێشتر فایلێکی تر بە هەمان ناسنامە و ناوەڕۆکی جیاواز تێکەڵ کراوە. یەکێک لە دووانە ئەوە نییە کە هەڵسەنگێنەرەکە هەناردەی کردووە؛ لە هەڵسەنگێنەرەکە بپرسە کامیان ڕاستە.</translation>
    </message>
    <message>
        <source>This revision of the assessment was merged earlier with different content. Ask the assessor to export a new revision.</source>
        <translation>ئەم وەشانەی هەڵسەنگاندنەکە پێشتر بە ناوەڕۆکێکی جیاواز تێکەڵ کراوە. داوا لە هەڵسەنگێنەرەکە بکە وەشانێکی نوێ هەناردە بکات.</translation>
    </message>
    <message>
        <source>The assessment was scored against a framework version this installation does not have. Update IPMS Desktop, then retry.</source>
        <translation>هەڵسەنگاندنەکە بەپێی وەشانێکی چوارچێوە نمرەی دراوە کە ئەم دامەزراندنە نییەتی. IPMS Desktop نوێ بکەرەوە، پاشان دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>The file contradicts itself: its contents do not match what was signed. Ask the assessor for a new export.</source>
        <translation>فایلەکە دژ بە خۆیەتی: ناوەڕۆکەکەی لەگەڵ ئەوەی واژۆ کراوە ناگونجێت. داوای هەناردنێکی نوێ لە هەڵسەنگێنەرەکە بکە.</translation>
    </message>
    <message>
        <source>The file could not be copied to the quarantine folder. The original is untouched; check the quarantine folder and free space.</source>
        <translation>فایلەکە بۆ بوخچەی کەرەنتینە کۆپی نەکرا. فایلە ڕەسەنەکە دەستی لێنەدراوە؛ بوخچەی کەرەنتینە و شوێنی بەتاڵ بپشکنە.</translation>
    </message>
    <message>
        <source>The database could not record the file; nothing of it was written. Check the connection or the disk, then add the file again.</source>
        <translation>بنکەدراوەکە نەیتوانی فایلەکە تۆمار بکات؛ هیچ بەشێکی نەنووسرا. پەیوەندی یان دیسکەکە بپشکنە، پاشان فایلەکە دووبارە زیاد بکە.</translation>
    </message>
    <message>
        <source>The assessment in the file cannot be used as it is (its scores or contents are not valid). Point at the row to read the technical details, and send them to CoMSEC&apos;s support if the assessor cannot correct it.</source>
        <translation>هەڵسەنگاندنی ناو فایلەکە وەک خۆی بەکارنایەت (نمرە یان ناوەڕۆکەکەی دروست نین). ئاماژە بە ڕیزەکە بکە بۆ خوێندنەوەی وردەکارییە تەکنیکییەکان، و ئەگەر هەڵسەنگێنەرەکە نەیتوانی ڕاستی بکاتەوە بیاننێرە بۆ پشتگیریی ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران.</translation>
    </message>
    <message>
        <source>No team assignments from CoMSEC for this cycle are installed, so it is not known which team lead may send this consensus. Install CoMSEC&apos;s signed assignments file for the cycle, then retry.</source>
        <translation>هیچ دیاریکردنێکی تیم لە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران بۆ ئەم خولە دانەمەزراوە، بۆیە نازانرێت کام سەرۆکی تیم دەتوانێت ئەم کۆدەنگییە بنێرێت. فایلی واژۆکراوی دیاریکردنەکان بۆ ئەم خولە دابمەزرێنە، پاشان دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>The consensus was signed by a team lead whom CoMSEC has not assigned to this institution for this cycle. Only the assigned team lead&apos;s consensus is accepted.</source>
        <translation>ئەم کۆدەنگییە لەلایەن سەرۆکی تیمێکەوە واژۆ کراوە کە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران بۆ ئەم دامەزراوەیە لەم خولەدا دیاری نەکردووە. تەنها کۆدەنگیی سەرۆکی تیمی دیاریکراو وەردەگیرێت.</translation>
    </message>
    <message>
        <source>The assessment was signed by an assessor whom CoMSEC has not assigned to this institution for this cycle.</source>
        <translation>ئەم هەڵسەنگاندنە لەلایەن هەڵسەنگێنەرێکەوە واژۆ کراوە کە ئەمیندارێتیی گشتیی ئەنجومەنی وەزیران بۆ ئەم دامەزراوەیە لەم خولەدا دیاری نەکردووە.</translation>
    </message>
    <message>
        <source>The consensus names individual assessments that are not this institution&apos;s assessments merged here. Merge the team&apos;s assessments first; if it is still refused, do not use this consensus.</source>
        <translation>کۆدەنگییەکە ناوی هەڵسەنگاندنی تاکەکەسی دەهێنێت کە هەڵسەنگاندنە تێکەڵکراوەکانی ئەم دامەزراوەیە نین لێرەدا. سەرەتا هەڵسەنگاندنەکانی تیمەکە تێکەڵ بکە؛ ئەگەر هێشتا ڕەتکرایەوە، ئەم کۆدەنگییە بەکار مەهێنە.</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a pipe, a device or a folder), so it was not read. Copy the bundle to a file and add that.</source>
        <translation>ئەمە فایلێکی ئاسایی نییە (بۆری، ئامێر یان بوخچە)، بۆیە نەخوێندرایەوە. بەستەکە بۆ فایلێک کۆپی بکە و ئەو فایلە زیاد بکە.</translation>
    </message>
    <message>
        <source>The file holds text that cannot be stored (a NUL character or broken Unicode). Ask the assessor for a new export.</source>
        <translation>فایلەکە دەقێکی تێدایە کە ناتوانرێت هەڵبگیرێت (پیتی NUL یان یونیکۆدی تێکچوو). داوای هەناردنێکی نوێ لە هەڵسەنگێنەرەکە بکە.</translation>
    </message>
    <message>
        <source>The assessment inside the file is not laid out as IPMS Desktop writes it. Do not use it; ask the assessor for a new export.</source>
        <translation>هەڵسەنگاندنەکەی ناو فایلەکە بەو شێوەیە ڕێک نەخراوە کە IPMS Desktop دەینووسێت. بەکاری مەهێنە؛ داوای هەناردنێکی نوێ لە هەڵسەنگێنەرەکە بکە.</translation>
    </message>
    <message>
        <source>The assessment lists an evidence file that the file does not contain. Ask the assessor for a new export.</source>
        <translation>هەڵسەنگاندنەکە فایلێکی بەڵگە ناو دەبات کە لە فایلەکەدا نییە. داوای هەناردنێکی نوێ لە هەڵسەنگێنەرەکە بکە.</translation>
    </message>
    <message>
        <source>An evidence file is listed with a wrong size or digest. Ask the assessor for a new export.</source>
        <translation>فایلێکی بەڵگە بە قەبارە یان پەنجەمۆری هەڵە تۆمار کراوە. داوای هەناردنێکی نوێ لە هەڵسەنگێنەرەکە بکە.</translation>
    </message>
    <message>
        <source>The assessment names no valid assessment panel of its framework. Ask the assessor for a new export.</source>
        <translation>هەڵسەنگاندنەکە هیچ تەختەیەکی نمرەدانی دروستی چوارچێوەکەی ناو نابات. داوای هەناردنێکی نوێ لە هەڵسەنگێنەرەکە بکە.</translation>
    </message>
    <message>
        <source>The institution&apos;s name in the file is empty or holds invisible control characters. Ask the assessor to correct the name and export again.</source>
        <translation>ناوی دامەزراوە لە فایلەکەدا بەتاڵە یان پیتی کۆنترۆڵی نادیاری تێدایە. داوا لە هەڵسەنگێنەرەکە بکە ناوەکە ڕاست بکاتەوە و دووبارە هەناردە بکات.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen the consensus</source>
        <translation>دووبارە کردنەوەی کۆدەنگی</translation>
    </message>
    <message>
        <source>The consensus will use the current individual revisions (%1 newer). Overrides whose individual scores changed are removed and listed; the others are kept. The reopening is recorded with your justification.</source>
        <translation>کۆدەنگی وەشانە تاکەکەسییە ئێستاییەکان بەکاردەهێنێت (%1 نوێتر). ئەو نمرە گۆڕدراوانەی نمرە تاکەکەسییەکانیان گۆڕاوە لادەبرێن و لە لیستێکدا پیشان دەدرێن؛ ئەوانی تر دەمێننەوە. دووبارە کردنەوەکە لەگەڵ پاساوەکەت تۆمار دەکرێت.</translation>
    </message>
    <message>
        <source>why the team takes the newer revisions (required)</source>
        <translation>بۆچی تیمەکە وەشانە نوێترەکان وەردەگرێت (پێویستە)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;دووبارە کردنەوە</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;پاساو:</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>&amp;Load institutions</source>
        <translation>&amp;بارکردنی دامەزراوەکان</translation>
    </message>
    <message>
        <source>&amp;All institutions</source>
        <translation>&amp;هەموو دامەزراوەکان</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;گەڕان…</translation>
    </message>
    <message>
        <source>Also write the &amp;feedback reports (PDF) to:</source>
        <translation>هەروەها ڕاپۆرتەکانی &amp;فیدباک (PDF) بنووسە بۆ:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>گە&amp;ڕان…</translation>
    </message>
    <message>
        <source>&amp;Write reports</source>
        <translation>&amp;نووسینی ڕاپۆرتەکان</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;کردنەوەی بوخچە</translation>
    </message>
    <message>
        <source>&amp;Cycle:</source>
        <translation>&amp;خول:</translation>
    </message>
    <message>
        <source>Institutions:</source>
        <translation>دامەزراوەکان:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زمان:</translation>
    </message>
    <message>
        <source>&amp;Workbook (.xlsx):</source>
        <translation>&amp;پەڕاوی Excel ‏(‎.xlsx):</translation>
    </message>
    <message>
        <source>Reading the cycle&apos;s results…</source>
        <translation>ئەنجامەکانی خولەکە دەخوێندرێنەوە…</translation>
    </message>
    <message>
        <source>%1 institutions in cycle %2.</source>
        <translation>%1 دامەزراوە لە خولی %2دا.</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>پەڕاو</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>پەڕاوەکانی Excel ‏(*.xlsx)</translation>
    </message>
    <message>
        <source>Folder for the feedback reports</source>
        <translation>بوخچەی ڕاپۆرتەکانی فیدباک</translation>
    </message>
    <message>
        <source>Choose at least one institution.</source>
        <translation>لانیکەم یەک دامەزراوە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Choose where to write the workbook.</source>
        <translation>شوێنی نووسینی پەڕاوەکە هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Choose the folder for the feedback reports.</source>
        <translation>بوخچەی ڕاپۆرتەکانی فیدباک هەڵبژێرە.</translation>
    </message>
    <message>
        <source>Writing the reports…</source>
        <translation>ڕاپۆرتەکان دەنووسرێن…</translation>
    </message>
    <message>
        <source>%1 files written; the workbook is %2.</source>
        <translation>%1 فایل نووسران؛ پەڕاوەکە ئەمەیە: %2.</translation>
    </message>
    <message>
        <source>Assessments left out of the reports, scored against another framework version than the rest of their institution&apos;s: %1 (%2; point here for the bundles).</source>
        <translation>ئەو هەڵسەنگاندنانەی لە ڕاپۆرتەکان دەرهێنراون، چونکە بە وەشانێکی تری چوارچێوە نمرەیان دراوە جیا لە هەڵسەنگاندنەکانی تری دامەزراوەکەیان: %1 (%2؛ ئاماژە بۆ ئێرە بکە بۆ بینینی بەستەکان).</translation>
    </message>
    <message>
        <source>No feedback report for %1: no consensus agreed or started.</source>
        <translation>هیچ ڕاپۆرتی فیدباک بۆ %1 نییە: هیچ کۆدەنگییەک پەسەند نەکراوە و دەستی پێنەکراوە.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>گەڕاندنەوە لە کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>The backup replaces the assessments in this profile; what it replaces is kept aside in the profile folder, not deleted. Type the passphrase that opens this profile now.</source>
        <translation>کۆپیی یەدەگەکە جێگەی هەڵسەنگاندنەکانی ئەم پرۆفایلە دەگرێتەوە؛ ئەوەی جێگەی دەگیرێتەوە لە بوخچەی پرۆفایلەکەدا لاوە دادەنرێت، ناسڕدرێتەوە. ئەو دەستەواژە نهێنییە بنووسە کە ئێستا ئەم پرۆفایلە دەکاتەوە.</translation>
    </message>
    <message>
        <source>The backup becomes the profile on this laptop. Its key-slot file must be beside it, as the backup wrote it. Type the passphrase the backup was made with; the profile then opens with it.</source>
        <translation>کۆپیی یەدەگەکە دەبێتە پرۆفایلی ئەم لاپتۆپە. دەبێت فایلی کلیلەکانی لە تەنیشتیەوە بێت، وەک ئەوەی یەدەگ گرتن نووسیویەتی. ئەو دەستەواژە نهێنییە بنووسە کە کۆپیی یەدەگەکەی پێ دروست کراوە؛ پاشان پرۆفایلەکە بەوە دەکرێتەوە.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;گەڕان…</translation>
    </message>
    <message>
        <source>Backup &amp;file</source>
        <translation>&amp;فایلی کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>&amp;Restore and unlock</source>
        <translation>گەڕاندنەوە و &amp;کردنەوە</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>فایلی کۆپیی یەدەگ</translation>
    </message>
    <message>
        <source>Profile backups (*.db);;All files (*)</source>
        <translation>کۆپیی یەدەگی پرۆفایل (*.db);;هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <source>Choose the backup file, for example on your USB stick.</source>
        <translation>فایلی کۆپیی یەدەگ هەڵبژێرە، بۆ نموونە لەسەر فلاشی USB ەکەت.</translation>
    </message>
    <message>
        <source>Choose the backup itself, not its key-slot file.</source>
        <translation>خودی کۆپیی یەدەگەکە هەڵبژێرە، نەک فایلی کلیلەکانی.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>دەستەواژەی نهێنییەکەت بنووسە.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>گەڕاندنەوەی کۆپیی یەدەگ…</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation>هەڵوەشاندنەوەی بڕوانامە</translation>
    </message>
    <message>
        <source>Revoke the certificate of %1 (%2)? Bundles they sign will be refused once the new trust settings reach the profiles. This cannot be undone.</source>
        <translation>بڕوانامەی %1 (%2) هەڵبوەشێنرێتەوە؟ کاتێک ڕێکخستنە نوێیەکانی متمانە دەگەنە پرۆفایلەکان، ئەو بەستانەی واژۆیان دەکات ڕەت دەکرێنەوە. ئەمە ناگەڕێتەوە.</translation>
    </message>
    <message>
        <source>Choose the reason…</source>
        <translation>هۆکارەکە هەڵبژێرە…</translation>
    </message>
    <message>
        <source>The key may be known to someone else</source>
        <translation>لەوانەیە کلیلەکە کەسێکی تر بیزانێت</translation>
    </message>
    <message>
        <source>The holder left or changed institution</source>
        <translation>خاوەنەکەی دامەزراوەکەی بەجێهێشت یان گۆڕی</translation>
    </message>
    <message>
        <source>Replaced by a new certificate</source>
        <translation>بە بڕوانامەیەکی نوێ گۆڕدرا</translation>
    </message>
    <message>
        <source>The holder may no longer assess</source>
        <translation>خاوەنەکەی چیتر مافی هەڵسەنگاندنی نییە</translation>
    </message>
    <message>
        <source>The role is no longer needed</source>
        <translation>ئەم ڕۆڵە چیتر پێویست نییە</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;هۆکار:</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>IPMS Desktop is already open for this profile (process %1 on %2). Switch to that window, or close it before starting again.</source>
        <translation>بەرنامەی IPMS Desktop پێشتر بۆ ئەم پرۆفایلە کراوەتەوە (پرۆسەی %1 لەسەر %2). بچۆ ئەو پەنجەرەیە، یان پێش دەستپێکردنەوە دایبخە.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Stopped. What was finished is kept; nothing half-written is left.</source>
        <translation>وەستێنرا. ئەوەی تەواو بوو هەڵگیراوە؛ هیچ فایلێکی نیوەنووسراو نەماوە.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>خەریکی وەستاندنە…</translation>
    </message>
</context>
<context>
    <name>TeamMenus</name>
    <message>
        <source>&amp;Team lead</source>
        <translation>&amp;سەرۆکی تیم</translation>
    </message>
    <message>
        <source>&amp;Merge the team&apos;s bundles…</source>
        <translation>&amp;تێکەڵکردنی بەستەکانی تیم…</translation>
    </message>
    <message>
        <source>&amp;Consensus workspace…</source>
        <translation>شوێنی کاری &amp;کۆدەنگی…</translation>
    </message>
    <message>
        <source>Co&amp;MSEC</source>
        <translation>&amp;ئەمیندارێتیی گشتی</translation>
    </message>
    <message>
        <source>&amp;Consolidation and quarantine…</source>
        <translation>&amp;یەکخستن و کەرەنتینە…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;ڕاپۆرتەکان…</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>&amp;بەڕێوەبردن</translation>
    </message>
    <message>
        <source>&amp;Certificate authority…</source>
        <translation>&amp;دەسەڵاتی بڕوانامە…</translation>
    </message>
</context>
<context>
    <name>TextListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;زیادکردن</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;لابردن</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>بردن بۆ &amp;سەرەوە</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>بردن بۆ &amp;خوارەوە</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Enter your passphrase.</source>
        <translation>دەستەواژەی نهێنییەکەت بنووسە.</translation>
    </message>
    <message>
        <source>Training CA</source>
        <translation>دەسەڵاتی بڕوانامەی ڕاهێنان</translation>
    </message>
    <message>
        <source>Profile locked</source>
        <translation>پرۆفایل قوفڵ کراوە</translation>
    </message>
    <message>
        <source>Your assessments are encrypted on this laptop. Enter your passphrase to open them.</source>
        <translation>هەڵسەنگاندنەکانت لەسەر ئەم کۆمپیوتەرە شاردراونەتەوە. دەستەواژەی نهێنییەکەت بنووسە بۆ کردنەوەیان.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>دەستەواژەی نهێنی</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;کردنەوە</translation>
    </message>
    <message>
        <source>&amp;Forgot the passphrase? Use the recovery code…</source>
        <translation>&amp;دەستەواژەی نهێنیت لەبیرچووە؟ کۆدی گەڕاندنەوە بەکاربهێنە…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>گەڕاندنەوە لە &amp;کۆپیی یەدەگ…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زمان</translation>
    </message>
</context>
<context>
    <name>ValidationReportDialog</name>
    <message>
        <source>Framework workbook not imported</source>
        <translation>پەڕاوی چوارچێوە هاوردە نەکرا</translation>
    </message>
    <message>
        <source>%1 cannot be imported. Correct these %2 problems in Excel, save the workbook and import it again:</source>
        <translation>%1 هاوردە ناکرێت. ئەم %2 کێشەیە لە Excel ڕاست بکەرەوە، پەڕاوەکە پاشەکەوت بکە و دووبارە هاوردەی بکە:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>داخستن</translation>
    </message>
</context>
</TS>
