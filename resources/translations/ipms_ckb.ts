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
        <translation>ئەو دامەزراوانەی ئەمینداریەتی گشتیی ئەنجومەنی وەزیران هەڵیاندەسەنگێنێت. دوو کرتە لە ناوێک بکە بۆ ڕاستکردنەوەی.</translation>
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
    <message>
        <source>Scorebook: strengths written: %n; write %1 to %2.</source>
        <translation>ڕێبازی تۆماری هەڵسەنگاندن: ژمارەی خاڵە بەهێزە نووسراوەکان %n؛ %1 تا %2 بنووسە.</translation>
    </message>
    <message>
        <source>Scorebook: areas for improvement written: %n; write %1 to %2.</source>
        <translation>ڕێبازی تۆماری هەڵسەنگاندن: ژمارەی بوارە نووسراوەکانی باشترکردن %n؛ %1 تا %2 بنووسە.</translation>
    </message>
    <message>
        <source>Scorebook: site-visit issues: %n; keep at most %2.</source>
        <translation>ڕێبازی تۆماری هەڵسەنگاندن: ژمارەی بابەتەکانی سەردانی مەیدانی %n؛ زۆرترین %2 بهێڵەوە.</translation>
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
        <translation>بەستەی کۆدەنگی لە %1 نووسرا (ناسنامەی بەستە %2). بینێرە بۆ ئەمینداریەتی گشتیی ئەنجومەنی وەزیران.</translation>
    </message>
    <message>
        <source>none (provisional total)</source>
        <translation>هیچ (کۆی کاتی)</translation>
    </message>
    <message>
        <source>%1 assessors · consensus total %2 of %3 · level: %4 · %5 items to discuss first (overall scores spread by %6 points or more)</source>
        <translation>%1 هەڵسەنگێنەر · کۆی کۆدەنگی %2 لە %3 · ئاست: %4 · %5 بڕگە سەرەتا گفتوگۆ دەکرێن (جیاوازیی نمرە گشتییەکان %6 خاڵ یان زیاتر)</translation>
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
        <source>Merge finished. %1</source>
        <translation>تێکەڵکردن تەواو بوو. %1</translation>
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
        <translation>بۆ تۆمارکردن: داواکارییەکی بڕوانامە بنووسە، فایلەکە بدە بە بەڕێوەبەری ئەمینداریەتی گشتیی ئەنجومەنی وەزیران، پاشان ئەو بڕوانامەیە دابمەزرێنە کە وەریدەگریت.</translation>
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
        <translation>داواکارییەکە لە %1 نووسرا. بیدە بە بەڕێوەبەری ئەمینداریەتی گشتیی ئەنجومەنی وەزیران.</translation>
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
        <source>%1 file(s) stored.</source>
        <translation>%1 فایل هەڵگیرا.</translation>
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
        <translation>ئەم پرۆفایلە هێشتا ڕێکخستنی متمانەی نییە، بۆیە کەس نییە بۆی هەناردە بکرێت. ڕێکخستنەکانی متمانەی ئەمینداریەتی گشتیی ئەنجومەنی وەزیران لە پرۆفایل، ناسنامەکان دابمەزرێنە.</translation>
    </message>
    <message>
        <source>This profile has no certificate yet, so it cannot sign an export. Write a certificate request under Profile, Credentials, and install the certificate CoMSEC issues.</source>
        <translation>ئەم پرۆفایلە هێشتا بڕوانامەی نییە، بۆیە ناتوانێت هەناردەیەک واژۆ بکات. لە پرۆفایل، ناسنامەکان داواکارییەکی بڕوانامە بنووسە و ئەو بڕوانامەیە دابمەزرێنە کە ئەمینداریەتی گشتیی ئەنجومەنی وەزیران دەریدەکات.</translation>
    </message>
    <message>
        <source>CoMSEC consolidation (key %1)</source>
        <translation>یەکخستنی ئەمینداریەتی گشتیی ئەنجومەنی وەزیران (کلیلی %1)</translation>
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
        <translation>پرۆفایلەکەت دروست دەکرێت کاتێک یەکێک لەمانە هەڵدەبژێریت. ڕێکخستنەکانی متمانە دەسەڵاتی بڕوانامەی ئەمینداریەتی گشتیی ئەنجومەنی وەزیران و ئەو کلیلانەی یەکخستن دیاری دەکەن کە هەناردەکانت بۆیان دەشاردرێنەوە. ئەو فایلە دابمەزرێنە کە لەگەڵ ئەم کۆمپیوتەرەدا وەرتگرتووە، یان پرۆفایلێکی ڕاهێنان دەست پێبکە بۆ ئەوەی بە تەنها ڕاهێنان بکەیت.</translation>
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
        <translation>ڕاهێنان لەسەر ئەم کۆمپیوتەرە دەسەڵاتێکی بڕوانامەی ڕاهێنان و کلیلێکی یەکخستن و حاڵەتێکی نموونە دروست دەکات، بۆ ئەوەی بە تەنها نمرە دابنێیت، هەناردە بکەیت، تێکەڵ بکەیت و ڕاپۆرت ئامادە بکەیت. ئەمینداریەتی گشتیی ئەنجومەنی وەزیران هەناردەکانی ڕاهێنان وەرناگرێت.</translation>
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
        <translation>پرۆفایلی ڕاهێنانەکەت ئامادەیە، لەگەڵ حاڵەتێکی نموونە کە پوختەی بەڵگەنامەی دۆخەکەی وەک بەڵگە بە بڕگەی یەکەمەوە لکێنراوە. دەسەڵاتی بڕوانامەی ڕاهێنان و کلیلی یەکخستن لە %1دان و بە دەستەواژەی نهێنییەکەت پارێزراون؛ لەگەڵ هێڵی فەرمانی ipms بەکاریان بهێنە بۆ پشتڕاستکردنەوە و تێکەڵکردن و ڕاپۆرتکردنی هەناردەکانت.</translation>
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
        <translation>IPMS Desktop: بەرنامەی هەڵسەنگاندنی بێ ئینتەرنێتی سیستەمی بەڕێوەبردنی ئەدای دامەزراوەیی لە ئاستی حکومەتدا.</translation>
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
        <source>Not enough disk space to write %1. Free some space or choose another drive, then try again. Nothing was changed.</source>
        <translation>شوێنی پێویست لەسەر دیسک نییە بۆ نووسینی %1. هەندێک شوێن بەتاڵ بکەرەوە یان دیسکێکی تر هەڵبژێرە، پاشان دووبارە هەوڵ بدەرەوە. هیچ نەگۆڕا.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist. Create it or choose another. Nothing was changed.</source>
        <translation>ناتوانرێت %1 بنووسرێت: بوخچەی %2 بوونی نییە. دروستی بکە یان بوخچەیەکی تر هەڵبژێرە. هیچ نەگۆڕا.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Check the drive (reinsert a removable one) and its permissions, then try again. Nothing was changed.</source>
        <translation>نەتوانرا %1 بنووسرێت (%2). دیسکەکە و مۆڵەتەکانی بپشکنە (دیسکی لابراو دووبارە دابنێرەوە)، پاشان دووبارە هەوڵ بدەرەوە. هیچ نەگۆڕا.</translation>
    </message>
    <message>
        <source>The file %1 is %2 MB, over the limit of %3 MB a file. Attach a smaller file, for example a compressed PDF or an excerpt.</source>
        <translation>قەبارەی فایلی %1 بریتییە لە %2 مێگابایت، کە لە سنووری %3 مێگابایت بۆ هەر فایلێک زیاترە. فایلێکی بچووکتر هاوپێچ بکە، بۆ نموونە PDFێکی پەستێنراو یان بەشێک لە فایلەکە.</translation>
    </message>
    <message>
        <source>This profile is open in another IPMS window (%1). Close that window first.</source>
        <translation>ئەم پرۆفایلە لە پەنجەرەیەکی تری IPMSدا کراوەیە (%1). سەرەتا ئەو پەنجەرەیە دابخە.</translation>
    </message>
    <message>
        <source>Items not finished: %1, the first is %2. Score each one or mark it not assessed with a reason, then export again. Nothing was exported.</source>
        <translation>بڕگە تەواونەکراوەکان: %1، یەکەمیان %2. نمرە بۆ هەر یەکێکیان دابنێ یان بە هۆکارەوە وەک هەڵنەسەنگێنراو دیاری بکە، پاشان دووبارە هەناردە بکە. هیچ هەناردە نەکرا.</translation>
    </message>
    <message>
        <source>This assessment was exported meanwhile. Start the export again; nothing was written.</source>
        <translation>ئەم هەڵسەنگاندنە لەو ماوەیەدا هەناردە کرا. هەناردەکردن لە سەرەتاوە دەست پێبکەرەوە؛ هیچ نەنووسرا.</translation>
    </message>
    <message>
        <source>The passphrase was changed, but the training CA&apos;s key file %1 still opens only with the passphrase it was made with.</source>
        <translation>دەستەواژەی نهێنی گۆڕدرا، بەڵام فایلی کلیلی دەسەڵاتی بڕوانامەی ڕاهێنان %1 هێشتا تەنها بەو دەستەواژە نهێنییە دەکرێتەوە کە پێی دروست کرابوو.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name or folder: a backup never replaces another.</source>
        <translation>%1 پێشتر هەیە. ناوێکی تر یان بوخچەیەکی تر هەڵبژێرە: کۆپییەکی یەدەگ هەرگیز جێگەی یەکێکی تر ناگرێتەوە.</translation>
    </message>
    <message>
        <source>The backup&apos;s key-slot file %1 is missing. Copy it beside the backup, as the backup wrote it, and try again. Nothing was restored.</source>
        <translation>فایلی کلیلەکانی کۆپیی یەدەگ %1 نییە. وەک ئەوەی یەدەگ گرتن نووسیویەتی، لە تەنیشت کۆپیی یەدەگەکەوە کۆپیی بکە و دووبارە هەوڵ بدەرەوە. هیچ شتێک نەگەڕێنرایەوە.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist. Choose the backup file again.</source>
        <translation>کۆپیی یەدەگی %1 بوونی نییە. دووبارە فایلی کۆپیی یەدەگ هەڵبژێرە.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: it is damaged or belongs to another profile (%2). Choose another backup. Nothing was restored.</source>
        <translation>کۆپیی یەدەگی %1 ناگەڕێنرێتەوە: تێکچووە یان هی پرۆفایلێکی ترە (%2). کۆپییەکی یەدەگی تر هەڵبژێرە. هیچ شتێک نەگەڕێنرایەوە.</translation>
    </message>
    <message>
        <source>An institution&apos;s name can have at most %1 characters; shorten it.</source>
        <translation>ناوی دامەزراوە دەتوانێت لانیزۆر %1 پیتی هەبێت؛ کورتی بکەرەوە.</translation>
    </message>
    <message>
        <source>%1 is a folder or not a file name. Name the consolidation file inside it, for example team.ipmsdb.</source>
        <translation>%1 بوخچەیە یان ناوی فایل نییە. ناوی فایلی یەکخستن لەناویدا بنووسە، بۆ نموونە team.ipmsdb.</translation>
    </message>
    <message>
        <source>These trust settings cannot be used (%1). Ask CoMSEC for a current trust settings file.</source>
        <translation>ناتوانرێت ئەم ڕێکخستنانەی متمانە بەکاربهێنرێن (%1). داوای فایلێکی نوێی ڕێکخستنەکانی متمانە لە ئەمینداریەتی گشتیی ئەنجومەنی وەزیران بکە.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Nothing was changed; try again.</source>
        <translation>دەستەواژەی نهێنی هەڵەیە. هیچ نەگۆڕا؛ دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>This recovery code does not open the profile. Nothing was changed; check the code you wrote down.</source>
        <translation>ئەم کۆدی گەڕاندنەوەیە پرۆفایلەکە ناکاتەوە. هیچ نەگۆڕا؛ ئەو کۆدە بپشکنە کە نووسیوتەتەوە.</translation>
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
    <message>
        <source>These trust settings (serial %1) carry an older list of withdrawn certificates than the one already in use; installing them would make withdrawn certificates valid again. Ask CoMSEC for the newest trust settings.</source>
        <translation>ئەم ڕێکخستنانەی متمانە (ژمارەی زنجیرەیی %1) لیستێکی هەڵوەشاندنەوەی کۆنتریان تێدایە لەوەی ئێستا بەکار دێت؛ دامەزراندنیان بڕوانامە کێشراوەکان دووبارە دەکاتەوە بە دروست. نوێترین ڕێکخستنەکانی متمانە لە ئەمینداریەتی گشتیی ئەنجومەنی وەزیران داوا بکە.</translation>
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
        <translation>تێکەڵ کرا، بەڵام کۆدەنگییەکی تر بۆ ئەم دامەزراوەیە هەژمار دەکرێت: ڕاپۆرتەکان هیچ کۆدەنگییەکی ڕێککەوتوو پیشان نادەن تا ئەمینداریەتی گشتیی ئەنجومەنی وەزیران یەکلایی دەکاتەوە.</translation>
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
    <message>
        <source>%1 item(s) are not finished. Score each one, or mark it not assessed with a reason, then export again. Press Enter or double-click an item to go to it.</source>
        <translation>%1 بڕگە تەواو نەبوون. نمرە بۆ هەر یەکێکیان دابنێ یان بە هۆکارەوە وەک هەڵنەسەنگێنراو دیاری بکە، پاشان دووبارە هەناردە بکە. Enter دابگرە یان دوو کرتە لە بڕگەیەک بکە بۆ ئەوەی بچیتە سەری.</translation>
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
        <translation>ڕێکخستنی متمانەی نوێ لە ئەمینداریەتی گشتیی ئەنجومەنی وەزیرانەوە</translation>
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
        <translation>فایلێکی واژۆکراوی ئەمینداریەتی گشتیی ئەنجومەنی وەزیران کە سەرۆکی تیمی هەر دامەزراوەیەک بۆ خولێک دیاری دەکات، یان کلیلێکی جێگرەوە بە کلیلی پێشووی دەبەستێتەوە</translation>
    </message>
    <message>
        <source>Team assignments or key link from CoMSEC</source>
        <translation>دیاریکردنی تیمەکان یان بەستنەوەی کلیل لە ئەمینداریەتی گشتیی ئەنجومەنی وەزیران</translation>
    </message>
    <message>
        <source>%1 cannot be installed (%2). Ask CoMSEC for its current signed team assignments or key link file; nothing was changed.</source>
        <translation>فایلی %1 دانامەزرێت (%2). فایلی واژۆکراوی ئێستای دیاریکردنی تیمەکان یان بەستنەوەی کلیل لە ئەمینداریەتی گشتیی ئەنجومەنی وەزیران داوا بکە؛ هیچ شتێک نەگۆڕا.</translation>
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
        <translation>ئەو کەسەی واژۆی کردووە لەلایەن دەسەڵاتی ئەمینداریەتی گشتیی ئەنجومەنی وەزیران لە ڕێکخستنەکانی متمانەتدا پەسەند نەکراوە. ئەگەر ئەمینداریەتی گشتی ڕێکخستنی متمانەی نوێی ناردووە، باریان بکە و دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate has been withdrawn by CoMSEC. Contact CoMSEC before using this assessment.</source>
        <translation>ئەمینداریەتی گشتیی ئەنجومەنی وەزیران بڕوانامەی واژۆکەرەکەی کێشاوەتەوە. پێش بەکارهێنانی ئەم هەڵسەنگاندنە پەیوەندی پێوە بکە.</translation>
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
        <translation>هەڵسەنگاندنەکە وەشانێکی چوارچێوە بەکاردەهێنێت کە ڕێکخستنەکانی متمانەت پەسەندی ناکەن. ئەگەر ئەمینداریەتی گشتی ڕێکخستنی متمانەی نوێی ناردووە، باریان بکە و دووبارە هەوڵ بدەرەوە.</translation>
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
        <translation>هەڵسەنگاندنی ناو فایلەکە وەک خۆی بەکارنایەت (نمرە یان ناوەڕۆکەکەی دروست نین). ئاماژە بە ڕیزەکە بکە بۆ خوێندنەوەی وردەکارییە تەکنیکییەکان، و ئەگەر هەڵسەنگێنەرەکە نەیتوانی ڕاستی بکاتەوە بیاننێرە بۆ پشتگیریی ئەمینداریەتی گشتیی ئەنجومەنی وەزیران.</translation>
    </message>
    <message>
        <source>No team assignments from CoMSEC for this cycle are installed, so it is not known which team lead may send this consensus. Install CoMSEC&apos;s signed assignments file for the cycle, then retry.</source>
        <translation>هیچ دیاریکردنێکی تیم لە ئەمینداریەتی گشتیی ئەنجومەنی وەزیران بۆ ئەم خولە دانەمەزراوە، بۆیە نازانرێت کام سەرۆکی تیم دەتوانێت ئەم کۆدەنگییە بنێرێت. فایلی واژۆکراوی دیاریکردنەکان بۆ ئەم خولە دابمەزرێنە، پاشان دووبارە هەوڵ بدەرەوە.</translation>
    </message>
    <message>
        <source>The consensus was signed by a team lead whom CoMSEC has not assigned to this institution for this cycle. Only the assigned team lead&apos;s consensus is accepted.</source>
        <translation>ئەم کۆدەنگییە لەلایەن سەرۆکی تیمێکەوە واژۆ کراوە کە ئەمینداریەتی گشتیی ئەنجومەنی وەزیران بۆ ئەم دامەزراوەیە لەم خولەدا دیاری نەکردووە. تەنها کۆدەنگیی سەرۆکی تیمی دیاریکراو وەردەگیرێت.</translation>
    </message>
    <message>
        <source>The assessment was signed by an assessor whom CoMSEC has not assigned to this institution for this cycle.</source>
        <translation>ئەم هەڵسەنگاندنە لەلایەن هەڵسەنگێنەرێکەوە واژۆ کراوە کە ئەمینداریەتی گشتیی ئەنجومەنی وەزیران بۆ ئەم دامەزراوەیە لەم خولەدا دیاری نەکردووە.</translation>
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
        <translation>%1 فایل نووسران؛ پەڕاوەکە %2ـە.</translation>
    </message>
    <message>
        <source>Assessments left out of the reports, scored against another framework version than the rest of their institution&apos;s: %1 (%2; point here for the bundles).</source>
        <translation>ئەو هەڵسەنگاندنانەی لە ڕاپۆرتەکان دەرهێنراون، چونکە بە وەشانێکی تری چوارچێوە نمرەیان دراوە جیا لە هەڵسەنگاندنەکانی تری دامەزراوەکەیان: %1 (%2؛ ئاماژە بۆ ئێرە بکە بۆ بینینی بەستەکان).</translation>
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
        <translation>IPMS Desktop پێشتر بۆ ئەم پرۆفایلە کراوەتەوە (پرۆسەی %1 لەسەر %2). بچۆ ئەو پەنجەرەیە، یان پێش دەستپێکردنەوە دایبخە.</translation>
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
        <translation>&amp;ئەمینداریەتی گشتی</translation>
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
