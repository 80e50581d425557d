<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="118" />
        <source>About Timeline Explorer</source>
        <translation>حول مستكشف الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="122" />
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="125" />
        <source>Licences</source>
        <translation>التراخيص</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="147" />
        <source>Timeline Explorer</source>
        <translation>مستكشف الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="153" />
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="159" />
        <source>Explore history as a timeline: causes, treaties, participants and sources, in Arabic and English.</source>
        <translation>استكشف التاريخ على خط زمني: الأسباب والمعاهدات والأطراف المشاركة والمصادر، بالعربية والإنجليزية.</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="172" />
        <source>Every event names its own sources (encyclopedias, newspapers, documents) in the detail pane, with a translation of each quote.</source>
        <translation>يذكر كل حدث مصادره (موسوعات وصحف ووثائق) في لوحة التفاصيل، مع ترجمة لكل اقتباس.</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="176" />
        <source>The built-in timeline, The End of the Soviet Union, was written from an Arabic article that ships with the app: %1 shows it. Where the article simplifies or misstates a fact, the event shows the fact as public sources give it.</source>
        <translation>كُتب الخط الزمني المضمّن، «نهاية الاتحاد السوفيتي»، انطلاقًا من مقال عربي مرفق بالتطبيق، ويعرضه الأمر %1. وحيث يبسّط المقال واقعةً أو يخطئ فيها، يعرض الحدث الواقعة كما تذكرها المصادر العامة.</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <location filename="../../explorer/qt/clipboard.py" line="53" />
        <source>&amp;Copy Event Summary</source>
        <translation>&amp;نسخ ملخص الحدث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/clipboard.py" line="64" />
        <source>Copied the summary of “%1”</source>
        <translation>نُسخ ملخص «%1»</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="198" />
        <location filename="../../explorer/qt/detail_pane.py" line="203" />
        <source>Causes</source>
        <extracomment>Two columns (story | participants and sources) when each gets at least this many characters of width and the participants fit theirs comfortably; else one column, the table in full width. Rows of the participants table; an agreement with more parties shows these and a count.</extracomment>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="199" />
        <location filename="../../explorer/qt/detail_pane.py" line="204" />
        <source>Led to</source>
        <translation>أدى إلى</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="200" />
        <location filename="../../explorer/qt/detail_pane.py" line="205" />
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="201" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="202" />
        <source>Event details</source>
        <translation>تفاصيل الحدث</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/detail_pane.py" line="224" />
        <source>… and %n more parties: export the event to read them all.</source>
        <translation>
            <numerusform>… ولا أطراف أخرى</numerusform>
            <numerusform>… وطرف آخر واحد: صدّر الحدث لقراءته.</numerusform>
            <numerusform>… وطرفان آخران: صدّر الحدث لقراءتهما.</numerusform>
            <numerusform>… و%n أطراف أخرى: صدّر الحدث لقراءتها كلها.</numerusform>
            <numerusform>… و%n طرفًا آخر: صدّر الحدث لقراءتها كلها.</numerusform>
            <numerusform>… و%n طرف آخر: صدّر الحدث لقراءتها كلها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="295" />
        <source>No event selected</source>
        <translation>لم يُحدَّد أي حدث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="297" />
        <source>Click an event on the timeline, or use the arrow keys, to read about it here.</source>
        <translation>انقر على حدث في الخط الزمني، أو استخدم مفاتيح الأسهم، لتقرأ عنه هنا.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="109" />
        <source>Export Summary</source>
        <translation>تصدير ملخص</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="119" />
        <source>All events</source>
        <translation>كل الأحداث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="120" />
        <source>Events shown by the search</source>
        <translation>الأحداث التي يُظهرها البحث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="122" />
        <source>The selected event</source>
        <translation>الحدث المحدَّد</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="141" />
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="144" />
        <source>Events:</source>
        <translation>الأحداث:</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="145" />
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="149" />
        <source>Include:</source>
        <translation>تضمين:</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="157" />
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="187" />
        <source>Causes and consequences</source>
        <translation>الأسباب والنتائج</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="188" />
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="189" />
        <source>Who took part in which agreement</source>
        <translation>من شارك في أي اتفاقية</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="190" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="191" />
        <source>Translations of the quotes</source>
        <translation>ترجمات الاقتباسات</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="192" />
        <source>Picture of the timeline</source>
        <translation>صورة الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="244" />
        <source>No preview: too many events to draw here.</source>
        <translation>لا معاينة: الأحداث أكثر من أن تُرسم هنا.</translation>
    </message>
</context>
<context>
    <name>ExportFormats</name>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="301" />
        <source>PDF</source>
        <extracomment>The exporters' names, for the translation catalogue: the dialog shows them translated.</extracomment>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="302" />
        <source>OpenDocument Text</source>
        <translation>نص OpenDocument</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="303" />
        <source>HTML</source>
        <translation>صفحة ويب HTML</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="304" />
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="305" />
        <source>CSV (spreadsheet)</source>
        <translation>CSV (جدول بيانات)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="306" />
        <source>Timeline Explorer JSON</source>
        <translation>JSON مستكشف الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="307" />
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="308" />
        <source>SVG image</source>
        <translation>صورة SVG</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="224" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="225" />
        <source>Stop the export and write nothing (Esc)</source>
        <translation>أوقف التصدير دون كتابة أي ملف (Esc)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="226" />
        <source>Exporting</source>
        <translation>جارٍ التصدير</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="232" />
        <source>Exporting %1…</source>
        <translation>جارٍ تصدير %1…</translation>
    </message>
</context>
<context>
    <name>SaveProgress</name>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="290" />
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="291" />
        <source>Stop saving and write nothing (Esc)</source>
        <translation>أوقف الحفظ دون كتابة أي ملف (Esc)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="292" />
        <source>Saving</source>
        <translation>جارٍ الحفظ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_job.py" line="298" />
        <source>Saving %1…</source>
        <translation>جارٍ حفظ %1…</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="72" />
        <source>Open &amp;Recent</source>
        <extracomment>Files a drop may open (by name; the loader still decides by content).</extracomment>
        <translation>فتح مل&amp;ف حديث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="73" />
        <source>Open the &amp;Built-in Story</source>
        <translation>فتح القصة الم&amp;ضمّنة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="74" />
        <source>Save &amp;As…</source>
        <translation>حفظ &amp;باسم…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="75" />
        <source>&amp;Clear Recent Files</source>
        <translation>م&amp;سح قائمة الملفات الحديثة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="99" />
        <source>%1 is no longer there</source>
        <translation>لم يعد %1 موجودًا</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="124" />
        <source>Save Timeline As</source>
        <translation>حفظ الخط الزمني باسم</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="124" />
        <source>Timelines (*.json)</source>
        <translation>خطوط زمنية (*.json)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="136" />
        <source>Cannot Save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="169" />
        <source>Cannot Open Timeline</source>
        <translation>تعذّر فتح الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="171" />
        <source>%1 is not a timeline file. Drop a Timeline Explorer or TimelineJS file (.json), a TimelineJS spreadsheet (.csv) or a The Timeline file (.timeline).</source>
        <translation>ليس %1 ملف خط زمني. أفلِت ملفًا من مستكشف الخط الزمني أو من TimelineJS ‏(.json)، أو جدول TimelineJS ‏(.csv)، أو ملفًا من The Timeline ‏(.timeline).</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/file_actions.py" line="175" />
        <source>Save cancelled; nothing was written</source>
        <translation>أُلغي الحفظ ولم يُكتب شيء</translation>
    </message>
</context>
<context>
    <name>GoToDateDialog</name>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="64" />
        <source>Go to Date</source>
        <translation>الانتقال إلى تاريخ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="65" />
        <source>&amp;Date (a year, a month or a day):</source>
        <translation>&amp;التاريخ (سنة أو شهر أو يوم):</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="66" />
        <source>e.g. 1991-12, December 1991 or كانون الأول 1991</source>
        <translation>مثلًا 1991-12 أو كانون الأول 1991 أو December 1991</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="78" />
        <source>Goes to %1</source>
        <translation>الانتقال إلى %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="81" />
        <source>Not a date this can read</source>
        <translation>لا يمكن قراءة هذا النص تاريخًا</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <location filename="../../explorer/qt/help_actions.py" line="35" />
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../explorer/qt/language_menu.py" line="47" />
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/language_menu.py" line="48" />
        <source>The language of the window</source>
        <translation>لغة النافذة</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../explorer/qt/legend.py" line="205" />
        <source>Hide “%1” events</source>
        <translation>إخفاء أحداث «%1»</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/legend.py" line="205" />
        <source>Show “%1” events</source>
        <translation>إظهار أحداث «%1»</translation>
    </message>
</context>
<context>
    <name>LoadProgress</name>
    <message>
        <location filename="../../explorer/qt/loading.py" line="147" />
        <source>Cancel</source>
        <extracomment>Files up to this size load on the UI thread (a few tens of milliseconds at most).</extracomment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/loading.py" line="148" />
        <source>Stop loading and keep the timeline shown (Esc)</source>
        <translation>أوقف التحميل وأبقِ الخط الزمني المعروض (Esc)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/loading.py" line="149" />
        <source>Loading</source>
        <translation>جارٍ التحميل</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/loading.py" line="155" />
        <source>Loading %1…</source>
        <translation>جارٍ تحميل %1…</translation>
    </message>
</context>
<context>
    <name>LoadWarnings</name>
    <message>
        <location filename="../../explorer/qt/load_warnings.py" line="41" />
        <source>Details…</source>
        <translation>التفاصيل…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/load_warnings.py" line="53" />
        <source>Opened with %n warning(s)</source>
        <translation>
            <numerusform>فُتح دون تحذيرات</numerusform>
            <numerusform>فُتح مع تحذير واحد</numerusform>
            <numerusform>فُتح مع تحذيرين</numerusform>
            <numerusform>فُتح مع %n تحذيرات</numerusform>
            <numerusform>فُتح مع %n تحذيرًا</numerusform>
            <numerusform>فُتح مع %n تحذير</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/load_warnings.py" line="62" />
        <source>Warnings</source>
        <translation>تحذيرات</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="250" />
        <source>&amp;File</source>
        <extracomment>From this many events, a search waits for a pause in typing (ms) rather than run per key. The event the user last chose: kept through a search that hides it for a while.</extracomment>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="251" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="252" />
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="94" />
        <location filename="../../explorer/qt/main_window.py" line="254" />
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="255" />
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="256" />
        <source>&amp;Export Summary…</source>
        <translation>&amp;تصدير ملخص…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="260" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="261" />
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="262" />
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="263" />
        <source>&amp;Fit Whole Timeline</source>
        <translation>&amp;عرض الخط الزمني كاملًا</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="264" />
        <source>&amp;Search Events</source>
        <translation>&amp;بحث في الأحداث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="265" />
        <source>&amp;About Timeline Explorer</source>
        <translation>&amp;حول مستكشف الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/about_dialog.py" line="95" />
        <location filename="../../explorer/qt/main_window.py" line="266" />
        <source>The Built-in Story's &amp;Source Article</source>
        <translation>المقال الذي &amp;بُنيت عليه القصة المضمّنة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="267" />
        <source>Search events, places, people…</source>
        <translation>ابحث في الأحداث والأماكن والأشخاص…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="268" />
        <source>Search events</source>
        <translation>البحث في الأحداث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="269" />
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="270" />
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/main_window.py" line="434" />
        <source>Preparing the search of %n event(s)…</source>
        <translation>
            <numerusform>جارٍ تجهيز البحث في %n حدث…</numerusform>
            <numerusform>جارٍ تجهيز البحث في %n حدث…</numerusform>
            <numerusform>جارٍ تجهيز البحث في %n حدث…</numerusform>
            <numerusform>جارٍ تجهيز البحث في %n حدث…</numerusform>
            <numerusform>جارٍ تجهيز البحث في %n حدث…</numerusform>
            <numerusform>جارٍ تجهيز البحث في %n حدث…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="437" />
        <source>No events match “%1”. Press Esc to clear the search.</source>
        <translation>لا أحداث تطابق «%1». اضغط Esc لمسح البحث.</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="482" />
        <source>Timeline Explorer</source>
        <translation>مستكشف الخط الزمني</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/main_window.py" line="494" />
        <source>%n event(s)</source>
        <translation>
            <numerusform>لا أحداث</numerusform>
            <numerusform>حدث واحد</numerusform>
            <numerusform>حدثان</numerusform>
            <numerusform>%n أحداث</numerusform>
            <numerusform>%n حدثًا</numerusform>
            <numerusform>%n حدث</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="497" />
        <source>%1 of %2 events shown</source>
        <translation>يُعرض %1 من %2 حدثًا</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="517" />
        <source>Timelines (*.json *.csv *.timeline);;All files (*)</source>
        <translation>خطوط زمنية (*.json *.csv *.timeline);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="518" />
        <source>Open Timeline</source>
        <translation>فتح خط زمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="567" />
        <source>Saved as %1</source>
        <translation>حُفظ باسم %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="570" />
        <source>Cannot Open Timeline</source>
        <translation>تعذّر فتح الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="593" />
        <source>Export Summary</source>
        <translation>تصدير ملخص</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="629" />
        <source>Export Failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="626" />
        <source>Exported to %1</source>
        <translation>صُدِّر إلى %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="632" />
        <source>Export cancelled</source>
        <translation>أُلغي التصدير</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="694" />
        <source>Still Writing</source>
        <translation>ما زالت الكتابة جارية</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="696" />
        <source>%1 is still being written. Close now, and it is not written (a file of that name keeps what it had); or keep writing, and close when it is done.</source>
        <translation>ما زالت كتابة %1 جارية. إن أغلقت الآن فلن يُكتب (ويبقى ملف بهذا الاسم على ما كان عليه)؛ أو تابِع الكتابة وأغلق حين تنتهي.</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="703" />
        <source>Close Without Writing</source>
        <translation>أغلق دون كتابة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="706" />
        <source>Keep Writing</source>
        <translation>تابِع الكتابة</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../explorer/qt/navigation.py" line="46" />
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/navigation.py" line="47" />
        <source>Back to the previous event</source>
        <translation>الرجوع إلى الحدث السابق</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/navigation.py" line="48" />
        <source>&amp;Forward</source>
        <translation>&amp;تقدّم</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/navigation.py" line="49" />
        <source>Forward to the next event</source>
        <translation>التقدّم إلى الحدث التالي</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../explorer/qt/overview_strip.py" line="73" />
        <source>Overview of the whole timeline</source>
        <extracomment>Pixels from a frame edge within which a press takes the edge (zoom) instead of the frame. Pixels per bucket of the density band. Pixels kept between two date labels under the band, so there are only a few. The height of the density band; the labels' line is under it.</extracomment>
        <translation>نظرة عامة على الخط الزمني كاملًا</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/overview_strip.py" line="76" />
        <source>The whole timeline, with the part in view framed. Click to go there, drag the frame to move, drag its edges or use the wheel to zoom.</source>
        <translation>الخط الزمني كاملًا، والجزء المعروض منه داخل إطار. انقر للانتقال إلى موضع، واسحب الإطار لتحريكه، واسحب حافتيه أو استخدم عجلة الفأرة للتكبير والتصغير.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="148" />
        <source>State</source>
        <extracomment>Status colours, a second cue beside the word: signed, observer, did not take part. Parties not shown because of the row limit (the pane says how many).</extracomment>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="149" />
        <location filename="../../explorer/qt/detail_models.py" line="153" />
        <source>Represented by</source>
        <translation>ممثَّلة بـ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="150" />
        <source>Office</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="151" />
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="152" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>ParticipationMatrix</name>
    <message>
        <location filename="../../explorer/qt/participation_matrix.py" line="107" />
        <source>Participation matrix</source>
        <translation>مصفوفة المشاركة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/participation_matrix.py" line="115" />
        <source>States and the agreements they took part in. Click a cell to open that agreement.</source>
        <translation>الدول والاتفاقيات التي شاركت فيها. انقر خانةً لفتح تلك الاتفاقية.</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/participation_matrix.py" line="124" />
        <source>No agreement in this timeline lists its participants.</source>
        <translation>لا توجد في هذا الخط الزمني اتفاقية تذكر أطرافها.</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_tabs.py" line="43" />
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_tabs.py" line="44" />
        <source>Participation</source>
        <translation>المشاركة</translation>
    </message>
</context>
<context>
    <name>PictureChoices</name>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="53" />
        <source>Pixels of the PNG per pixel of the picture: 2 is sharp on fine screens</source>
        <translation>عدد بكسلات ملف PNG لكل بكسل من الصورة: القيمة 2 تعطي صورة حادة على الشاشات الدقيقة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="62" />
        <source>Current view</source>
        <translation>المدى المعروض الآن</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="65" />
        <source>Whole timeline</source>
        <translation>الخط الزمني كاملًا</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="70" />
        <source>Legend of the kinds of events</source>
        <translation>مفتاح أنواع الأحداث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="81" />
        <source>Width:</source>
        <translation>العرض:</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="82" />
        <source>Height:</source>
        <translation>الارتفاع:</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="83" />
        <source>Scale:</source>
        <translation>المقياس:</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="84" />
        <source>Shows:</source>
        <translation>يعرض:</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/picture_choices.py" line="127" />
        <source> px</source>
        <translation> بكسل</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../explorer/qt/printing.py" line="43" />
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/printing.py" line="66" />
        <source>Print Preview</source>
        <translation>معاينة الطباعة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/printing.py" line="89" />
        <source>Print Failed</source>
        <translation>فشلت الطباعة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/printing.py" line="100" />
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/printing.py" line="114" />
        <source>Too Many Events to Print</source>
        <translation>أحداث أكثر من أن تُطبع</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/printing.py" line="115" />
        <source>Print takes up to %1 events at a time; these are %2. Choose fewer with a search or a selection, or use Export Summary to write them to a PDF file, which goes on in the background.</source>
        <translation>لا تتسع الطباعة لأكثر من %1 حدث في المرة الواحدة، وعدد هذه الأحداث %2. اختر عددًا أقل بالبحث أو بالتحديد، أو استخدم «تصدير ملخص» لكتابتها في ملف PDF، وهو يجري في الخلفية.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="26" />
        <source>&amp;Look in:</source>
        <extracomment>Each language the window speaks, named in itself.</extracomment>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="27" />
        <source>Look in:</source>
        <translation>ابحث في:</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="28" />
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفّات:</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/i18n.py" line="29" />
        <source>Files of type:</source>
        <translation>نوع الملفّات:</translation>
    </message>
</context>
<context>
    <name>ShortcutTooltips</name>
    <message>
        <location filename="../../explorer/qt/shortcut_tooltips.py" line="75" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../explorer/qt/shortcuts_dialog.py" line="83" />
        <source>Other Keys</source>
        <translation>مفاتيح أخرى</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/shortcuts_dialog.py" line="100" />
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/shortcuts_dialog.py" line="104" />
        <source>Find an action or a key…</source>
        <translation>ابحث عن إجراء أو مفتاح…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/shortcuts_dialog.py" line="105" />
        <source>Find a shortcut</source>
        <translation>البحث عن اختصار</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/shortcuts_dialog.py" line="110" />
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/shortcuts_dialog.py" line="110" />
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SlideHeader</name>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="80" />
        <source>Previous</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="81" />
        <source>Previous event (Left, Page Up)</source>
        <translation>الحدث السابق (السهم الأيمن، Page Up)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="82" />
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="83" />
        <source>Next event (Right, Space, Page Down)</source>
        <translation>الحدث التالي (السهم الأيسر، مفتاح المسافة، Page Down)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="84" />
        <source>Full Screen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="85" />
        <source>Full screen on or off (F11)</source>
        <translation>تشغيل ملء الشاشة أو إيقافه (F11)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="86" />
        <source>Exit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="87" />
        <source>Leave the presentation (Esc)</source>
        <translation>إنهاء العرض (Esc)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="114" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_controls.py" line="117" />
        <source>Slide %1 of %2</source>
        <translation>الشريحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>SourceArticleDialog</name>
    <message>
        <location filename="../../explorer/qt/source_article.py" line="31" />
        <source>Source Article</source>
        <extracomment>The article of the built-in story.</extracomment>
        <translation>المقال المصدر</translation>
    </message>
</context>
<context>
    <name>StoryMode</name>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="183" />
        <source>&amp;Present</source>
        <extracomment>How long the strip takes to travel from one event to the next, in milliseconds. The stretch of time shown around an instant: enough to see its neighbours in a busy month. Space on each side of a span, as a part of its length.</extracomment>
        <translation>عرض &amp;تقديمي</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="184" />
        <source>Present</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="185" />
        <source>Present the story one event at a time (F5)</source>
        <translation>عرض القصة حدثًا تلو الآخر (F5)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="186" />
        <source>Present the story one event at a time</source>
        <translation>عرض القصة حدثًا تلو الآخر</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="187" />
        <source>Next Slide</source>
        <translation>الشريحة التالية</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="188" />
        <source>Previous Slide</source>
        <translation>الشريحة السابقة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="189" />
        <source>First Slide</source>
        <translation>الشريحة الأولى</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="190" />
        <source>Last Slide</source>
        <translation>الشريحة الأخيرة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="191" />
        <source>Leave the Presentation</source>
        <translation>إنهاء العرض</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_mode.py" line="192" />
        <source>Full Screen</source>
        <translation>ملء الشاشة</translation>
    </message>
</context>
<context>
    <name>StorySlide</name>
    <message>
        <location filename="../../explorer/qt/story_slide.py" line="188" />
        <source>Causes</source>
        <extracomment>The smallest type a slide shrinks to, as a part of its nominal size, and the step it takes. The size at which the type has its nominal size; it scales with the slide from there.</extracomment>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_slide.py" line="189" />
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/story_slide.py" line="190" />
        <source>Story slide</source>
        <translation>شريحة العرض</translation>
    </message>
</context>
<context>
    <name>TimelineActions</name>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="112" />
        <source>&amp;Zoom to Selection</source>
        <translation>&amp;تكبير إلى المحدد</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="113" />
        <source>Frame the selected event closely</source>
        <translation>عرض الحدث المحدد عن قرب</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_actions.py" line="114" />
        <source>&amp;Go to Date…</source>
        <translation>الانتقال إلى &amp;تاريخ…</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message numerus="yes">
        <location filename="../../explorer/qt/timeline_render.py" line="207" />
        <source>%n event(s) in view — zoom in to see them</source>
        <translation><numerusform>لا أحداث في هذا العرض</numerusform><numerusform>حدث واحد في هذا العرض — كبّر لرؤيته</numerusform><numerusform>حدثان في هذا العرض — كبّر لرؤيتهما</numerusform><numerusform>%n أحداث في هذا العرض — كبّر لرؤيتها</numerusform><numerusform>%n حدثًا في هذا العرض — كبّر لرؤيتها</numerusform><numerusform>%n حدث في هذا العرض — كبّر لرؤيتها</numerusform></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_clusters.py" line="85" />
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../explorer/qt/timeline_view.py" line="73" />
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_view.py" line="76" />
        <source>Events in time order. Left and Right arrows go to the previous and next event (with Shift they extend the selection, with Ctrl they pan), plus and minus zoom. The mouse wheel zooms, Shift+wheel pans, dragging pans and Shift+dragging selects the events it covers.</source>
        <translation>الأحداث بترتيبها الزمني. يَنتقل السهمان الأيمن والأيسر إلى الحدث السابق والتالي (ومع Shift يوسّعان التحديد، ومع Ctrl يُزيحان العرض)، ويكبّر زر الجمع ويصغّر زر الطرح. تكبّر عجلة الفأرة، وتُزيح Shift مع العجلة العرض، والسحب يُزيح العرض، والسحب مع Shift يحدّد الأحداث التي يشملها.</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_view_base.py" line="262" />
        <source>Showing %1 · Fit (Ctrl+0) shows all</source>
        <extracomment>What :meth:`TimelineViewBase.set_opening_range` opens on without a range: the densest stretch. The visible range changed: start and end, in days since 1970-01-01. The widest view, in times the data's span: further out, the data would be a speck. Lanes beyond the height scroll vertically (the axis stays); more than this are hidden. The most selected events whose cause arrows are drawn at once. Where Shift+arrow began extending the selection (a row), or -1.</extracomment>
        <translation>المعروض %1 · اضغط Ctrl+0 لعرض الخط الزمني كاملًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/timeline_clusters.py" line="91" />
        <source>%n more event(s) here: click to zoom in</source>
        <translation><numerusform>لا أحداث أخرى هنا</numerusform><numerusform>حدث آخر هنا: انقر للتكبير</numerusform><numerusform>حدثان آخران هنا: انقر للتكبير</numerusform><numerusform>%n أحداث أخرى هنا: انقر للتكبير</numerusform><numerusform>%n حدثًا آخر هنا: انقر للتكبير</numerusform><numerusform>%n حدث آخر هنا: انقر للتكبير</numerusform></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../explorer/qt/summary_text.py" line="18" />
        <source>The summary cannot be read: the file changed on disk, or can no longer be read, since it was opened. Open the file again to read it.</source>
        <translation>تعذّرت قراءة الملخص: تغيّر الملف على القرص منذ فتحه، أو لم تعد قراءته ممكنة. افتح الملف من جديد لقراءته.</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>a folder of that name is in the way</source>
        <translation>يعترض الطريقَ مجلدٌ بهذا الاسم</translation>
    </message>
    <message>
        <source>{file}: cannot write: {reason}</source>
        <translation>{file}: تتعذّر الكتابة: {reason}</translation>
    </message>
    <message>
        <source>{file}: cannot write the file: {reason}</source>
        <translation>{file}: تتعذّر كتابة الملف: {reason}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>المجلد {folder} غير موجود</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} ليس مجلدًا</translation>
    </message>
    <message>
        <source>permission denied (the folder is read-only or not yours)</source>
        <translation>الإذن مرفوض (المجلد للقراءة فقط أو ليس ملكك)</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>{file}: the file is read-only; make it writable or choose another name</source>
        <translation>{file}: الملف للقراءة فقط؛ اجعله قابلًا للكتابة أو اختر اسمًا آخر</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>إنه مقبس، وليس ملفًا</translation>
    </message>
    <message>
        <source>no program is reading from this pipe</source>
        <translation>لا برنامج يقرأ من هذا الأنبوب</translation>
    </message>
    <message>
        <source>save the file as UTF-8</source>
        <translation>احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 text; Timeline Explorer reads UTF-8</source>
        <translation>الملف نص بترميز UTF-16، ومستكشف الخط الزمني يقرأ UTF-8</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: byte {byte} is not a valid character</source>
        <translation>الملف ليس نصًا بترميز UTF-8: البايت {byte} ليس محرفًا صالحًا</translation>
    </message>
    <message>
        <source>the event was skipped</source>
        <translation>تُجوهل الحدث</translation>
    </message>
    <message>
        <source>the era was skipped</source>
        <translation>تُجوهلت الحقبة</translation>
    </message>
    <message>
        <source>{file}: not written: {reason}</source>
        <translation>{file}: لم يُكتب: {reason}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>{where}: {problem} ({hint})</source>
        <translation>{where}: {problem} ({hint})</translation>
    </message>
    <message>
        <source>write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1991-12-08; a negative year is BC</source>
        <translation>اكتب YYYY أو YYYY-MM أو YYYY-MM-DD، مثل ⁦1991-12-08⁩؛ والسنة السالبة قبل الميلاد</translation>
    </message>
    <message>
        <source>add "format": "{format}" at the top of the object</source>
        <translation>أضف "format": "{format}" في أول الكائن</translation>
    </message>
    <message>
        <source>write a text per language, e.g. {"en": "Treaty", "ar": "معاهدة"}</source>
        <translation>اكتب نصًا لكل لغة، مثل {"en": "Treaty", "ar": "معاهدة"}</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>عدد</translation>
    </message>
    <message>
        <source>add "title": {"en": "…"} (a text per language)</source>
        <translation>أضف "title": {"en": "…"} (نصًا لكل لغة)</translation>
    </message>
    <message>
        <source>add "id": a unique name without spaces, e.g. "belovezha-accords"</source>
        <translation>أضف "id": اسمًا فريدًا بلا مسافات، مثل "belovezha-accords"</translation>
    </message>
    <message>
        <source>add "start": "YYYY-MM-DD", or YYYY or YYYY-MM</source>
        <translation>أضف "start": "YYYY-MM-DD"، أو YYYY أو YYYY-MM</translation>
    </message>
    <message>
        <source>add "party": {"en": "…"}</source>
        <translation>أضف "party": {"en": "…"}</translation>
    </message>
    <message>
        <source>add "name": {"en": "…"}</source>
        <translation>أضف "name": {"en": "…"}</translation>
    </message>
    <message>
        <source>add "citation": the work the fact comes from</source>
        <translation>أضف "citation": العمل الذي أُخذت منه المعلومة</translation>
    </message>
    <message>
        <source>add "colour": "#rrggbb", e.g. "#4e79a7"</source>
        <translation>أضف "colour": "#rrggbb"، مثل "#4e79a7"</translation>
    </message>
    <message>
        <source>an object {…}</source>
        <translation>كائن {…}</translation>
    </message>
    <message>
        <source>a list […]</source>
        <translation>قائمة […]</translation>
    </message>
    <message>
        <source>a text in quotes</source>
        <translation>نص بين علامتي تنصيص</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <source>years go from -{limit} to {limit}; write the year with at most {digits} digits</source>
        <translation>السنوات من ⁦-{limit}⁩ إلى {limit}؛ اكتب السنة بما لا يزيد على {digits} أرقام</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} أو {second}</translation>
    </message>
    <message>
        <source>invalid JSON: {detail}</source>
        <translation>نص JSON غير صالح: {detail}</translation>
    </message>
    <message>
        <source>look for a missing comma, quote or bracket at or just before this point</source>
        <translation>ابحث عن فاصلة أو علامة تنصيص أو قوس ناقص عند هذا الموضع أو قبله بقليل</translation>
    </message>
    <message>
        <source>invalid JSON: the document ends too early</source>
        <translation>نص JSON غير صالح: ينتهي المستند قبل أوانه</translation>
    </message>
    <message>
        <source>a closing bracket, brace or quote is missing; is the file cut short?</source>
        <translation>ينقص قوس إغلاق أو علامة تنصيص؛ هل الملف مقطوع؟</translation>
    </message>
    <message>
        <source>a number with {digits} digits is too large to read</source>
        <translation>عدد طوله {digits} من الأرقام أكبر من أن يُقرأ</translation>
    </message>
    <message>
        <source>a number is too large to read</source>
        <translation>عدد أكبر من أن يُقرأ</translation>
    </message>
    <message>
        <source>{field} “{value}” is not allowed</source>
        <translation>القيمة «{value}» غير مسموح بها في {field}</translation>
    </message>
    <message>
        <source>an id cannot contain spaces</source>
        <translation>لا يجوز أن يحتوي المعرّف على مسافات</translation>
    </message>
    <message>
        <source>a colour must be written #rrggbb</source>
        <translation>يُكتب اللون بالشكل #rrggbb</translation>
    </message>
    <message>
        <source>is too long (at most {limit} characters)</source>
        <translation>أطول من اللازم (الحد الأقصى للمحارف {limit})</translation>
    </message>
    <message>
        <source>expected {expected}, found {found}</source>
        <translation>يُنتظر هنا {expected}، لكن وُجد {found}</translation>
    </message>
    <message>
        <source>allowed here: {fields}</source>
        <translation>المسموح به هنا: {fields}</translation>
    </message>
    <message>
        <source>unknown field “{field}”</source>
        <translation>حقل غير معروف «{field}»</translation>
    </message>
    <message>
        <source>the required field “{field}” is missing</source>
        <translation>الحقل المطلوب «{field}» غير موجود</translation>
    </message>
    <message>
        <source>use one of: {choices}</source>
        <translation>استعمل واحدًا من: {choices}</translation>
    </message>
    <message>
        <source>the end ({end}) is before the start ({start})</source>
        <translation>النهاية ({end}) قبل البداية ({start})</translation>
    </message>
    <message>
        <source>correct the dates or swap them</source>
        <translation>صحّح التاريخين أو بادِل بينهما</translation>
    </message>
    <message>
        <source>use e.g. "belovezha-accords"</source>
        <translation>استعمل مثلًا "belovezha-accords"</translation>
    </message>
    <message>
        <source>use e.g. "#4e79a7"</source>
        <translation>استعمل مثلًا "#4e79a7"</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>يجب ألا يكون فارغًا</translation>
    </message>
    <message>
        <source>causes are event ids in quotes, e.g. ["glasnost"]</source>
        <translation>الأسباب معرّفات أحداث بين علامتي تنصيص، مثل ["glasnost"]</translation>
    </message>
    <message>
        <source>format “{format}” is not one this version reads</source>
        <translation>الصيغة «{format}» ليست مما يقرؤه هذا الإصدار</translation>
    </message>
    <message>
        <source>this version reads "format": "{format}"</source>
        <translation>هذا الإصدار يقرأ "format": "{format}"</translation>
    </message>
    <message>
        <source>a date must be a text in quotes</source>
        <translation>التاريخ يُكتب نصًا بين علامتي تنصيص</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>يحتاج إلى نص بلغة واحدة على الأقل</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>write the number with digits only</source>
        <translation>اكتب العدد بالأرقام وحدها</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}؛ {second}</translation>
    </message>
    <message>
        <source>no event can be read: {problem}</source>
        <translation>لا يمكن قراءة أي حدث: {problem}</translation>
    </message>
    <message>
        <source>{value} is too large</source>
        <translation>{value} أكبر من اللازم</translation>
    </message>
    <message>
        <source>years go from -{limit} to {limit}</source>
        <translation>السنوات من ⁦-{limit}⁩ إلى {limit}</translation>
    </message>
    <message>
        <source>year {year} is out of range</source>
        <translation>السنة ⁦{year}⁩ خارج النطاق</translation>
    </message>
    <message>
        <source>years from -{limit} to {limit} can be shown</source>
        <translation>يمكن عرض السنوات من ⁦-{limit}⁩ إلى {limit}</translation>
    </message>
    <message>
        <source>month {month} is not between 1 and 12</source>
        <translation>الشهر {month} ليس بين 1 و12</translation>
    </message>
    <message>
        <source>write the month as a number from 1 (January) to 12 (December)</source>
        <translation>اكتب الشهر عددًا من 1 (كانون الثاني/يناير) إلى 12 (كانون الأول/ديسمبر)</translation>
    </message>
    <message>
        <source>day {day} is not between 1 and {last} in {month}</source>
        <translation>اليوم {day} ليس بين 1 و{last} في {month}</translation>
    </message>
    <message>
        <source>check the day of the month</source>
        <translation>تحقّق من يوم الشهر</translation>
    </message>
    <message>
        <source>hour {hour} is not between 0 and 23</source>
        <translation>الساعة {hour} ليست بين 0 و23</translation>
    </message>
    <message>
        <source>write the time on a 24-hour clock</source>
        <translation>اكتب الوقت بنظام الأربع والعشرين ساعة</translation>
    </message>
    <message>
        <source>minute {minute} is not between 0 and 59</source>
        <translation>الدقيقة {minute} ليست بين 0 و59</translation>
    </message>
    <message>
        <source>check the minutes</source>
        <translation>تحقّق من الدقائق</translation>
    </message>
    <message>
        <source>the end {end} is before the start {start}</source>
        <translation>النهاية {end} قبل البداية {start}</translation>
    </message>
    <message>
        <source>the event is shown as an instant at its start</source>
        <translation>يُعرض الحدث لحظةً عند بدايته</translation>
    </message>
    <message>
        <source>the era ends ({end}) before it starts ({start})</source>
        <translation>تنتهي الحقبة ({end}) قبل أن تبدأ ({start})</translation>
    </message>
    <message>
        <source>{problem} (and {count} more events cannot be read)</source>
        <translation>{problem} (ولا يمكن قراءة {count} من الأحداث الأخرى)</translation>
    </message>
    <message>
        <source>check the time</source>
        <translation>تحقّق من الوقت</translation>
    </message>
    <message>
        <source>The Timeline writes UTF-8; save the file as UTF-8</source>
        <translation>برنامج The Timeline يكتب بترميز UTF-8؛ احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
        <source>the file declares a {declaration}, which is refused for safety</source>
        <translation>يُعلن الملف {declaration}، وهذا مرفوض حفاظًا على الأمان</translation>
    </message>
    <message>
        <source>The Timeline never writes one; remove the &lt;!DOCTYPE …&gt; declaration</source>
        <translation>برنامج The Timeline لا يكتبه أبدًا؛ احذف الإعلان &lt;!DOCTYPE …&gt;</translation>
    </message>
    <message>
        <source>the root element is &lt;{tag}&gt;, not &lt;timeline&gt;</source>
        <translation>العنصر الجذر هو &lt;{tag}&gt; وليس &lt;timeline&gt;</translation>
    </message>
    <message>
        <source>this is not a file saved by The Timeline</source>
        <translation>هذا ليس ملفًا حفظه برنامج The Timeline</translation>
    </message>
    <message>
        <source>it has no &lt;start&gt; time</source>
        <translation>ليس له وقت &lt;start&gt;</translation>
    </message>
    <message>
        <source>add &lt;start&gt;YYYY-MM-DD HH:MM:SS&lt;/start&gt;</source>
        <translation>أضف &lt;start&gt;YYYY-MM-DD HH:MM:SS&lt;/start&gt;</translation>
    </message>
    <message>
        <source>{text} is not a time</source>
        <translation>{text} ليس وقتًا</translation>
    </message>
    <message>
        <source>write it as YYYY-MM-DD HH:MM:SS, e.g. 1991-12-08 00:00:00</source>
        <translation>اكتبه بالشكل YYYY-MM-DD HH:MM:SS، مثل ⁦1991-12-08 00:00:00⁩</translation>
    </message>
    <message>
        <source>second {second} is not between 0 and 59</source>
        <translation>الثانية {second} ليست بين 0 و59</translation>
    </message>
    <message>
        <source>the time type {type} is not a calendar date</source>
        <translation>نوع الوقت {type} ليس تاريخًا تقويميًا</translation>
    </message>
    <message>
        <source>only timelines of calendar dates (time type gregoriantime) can be opened</source>
        <translation>لا تُفتح إلا الخطوط الزمنية ذات التواريخ التقويمية (نوع الوقت gregoriantime)</translation>
    </message>
    <message>
        <source>not valid XML: {detail}</source>
        <translation>نص XML غير صالح: {detail}</translation>
    </message>
    <message>
        <source>check that every &lt;tag&gt; is closed and &amp; is written &amp;amp;</source>
        <translation>تحقّق من أن كل &lt;وسم&gt; مغلق، وأن &amp; مكتوبة &amp;amp;</translation>
    </message>
    <message>
        <source>the whole timeline is shown at first</source>
        <translation>يُعرض الخط الزمني كله في البداية</translation>
    </message>
    <message>
        <source>the timeline has no events</source>
        <translation>ليس في الخط الزمني أي حدث</translation>
    </message>
    <message>
        <source>the date has no year</source>
        <translation>التاريخ بلا سنة</translation>
    </message>
    <message>
        <source>"{key}" is not a list</source>
        <translation>"{key}" ليس قائمة</translation>
    </message>
    <message>
        <source>write "{key}": [ … ] with one object per slide</source>
        <translation>اكتب "{key}": [ … ] بكائن واحد لكل شريحة</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply for a timeline</source>
        <translation>تداخل نص JSON أعمق من أن يكون خطًا زمنيًا</translation>
    </message>
    <message>
        <source>the slide is not a JSON object</source>
        <translation>الشريحة ليست كائن JSON</translation>
    </message>
    <message>
        <source>write each slide as { … }</source>
        <translation>اكتب كل شريحة بالشكل { … }</translation>
    </message>
    <message>
        <source>the slide has no start date</source>
        <translation>ليس للشريحة تاريخ بداية</translation>
    </message>
    <message>
        <source>give it "{key}": {example}</source>
        <translation>أعطها "{key}": {example}</translation>
    </message>
    <message>
        <source>the date is not an object</source>
        <translation>التاريخ ليس كائنًا</translation>
    </message>
    <message>
        <source>write it as {"year": …, "month": …}</source>
        <translation>اكتبه بالشكل {"year": …, "month": …}</translation>
    </message>
    <message>
        <source>add "year": …</source>
        <translation>أضف "year": …</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>المستوى الأعلى ليس كائن JSON</translation>
    </message>
    <message>
        <source>a TimelineJS3 file is {"title": …, "events": […]}</source>
        <translation>ملف TimelineJS3 هو {"title": …, "events": […]}</translation>
    </message>
    <message>
        <source>a TimelineJS3 file lists its slides under "events"</source>
        <translation>يسرد ملف TimelineJS3 شرائحه تحت "events"</translation>
    </message>
    <message>
        <source>write it as "YYYY,MM,DD"</source>
        <translation>اكتبه بالشكل "YYYY,MM,DD"</translation>
    </message>
    <message>
        <source>the date is not text</source>
        <translation>التاريخ ليس نصًا</translation>
    </message>
    <message>
        <source>{text} is not a date</source>
        <translation>{text} ليس تاريخًا</translation>
    </message>
    <message>
        <source>write it as "YYYY,MM,DD" or "YYYY,MM,DD,HH,MM"</source>
        <translation>اكتبه بالشكل "YYYY,MM,DD" أو "YYYY,MM,DD,HH,MM"</translation>
    </message>
    <message>
        <source>"timeline" is not an object</source>
        <translation>"timeline" ليس كائنًا</translation>
    </message>
    <message>
        <source>a TimelineJS 2 file is {"timeline": {"headline": …, "date": […]}}</source>
        <translation>ملف TimelineJS 2 هو {"timeline": {"headline": …, "date": […]}}</translation>
    </message>
    <message>
        <source>a TimelineJS 2 file lists its slides under "date"</source>
        <translation>يسرد ملف TimelineJS 2 شرائحه تحت "date"</translation>
    </message>
    <message>
        <source>{column} {time} is not a time of day</source>
        <translation>قيمة العمود {column}، {time}، ليست وقتًا من اليوم</translation>
    </message>
    <message>
        <source>save the sheet as CSV UTF-8</source>
        <translation>احفظ الجدول بصيغة CSV UTF-8</translation>
    </message>
    <message>
        <source>the row has no Year</source>
        <translation>ليس في الصف سنة (Year)</translation>
    </message>
    <message>
        <source>give every event a Year (a title row has Type "title")</source>
        <translation>أعطِ كل حدث سنة في العمود Year (صف العنوان نوعه Type "title")</translation>
    </message>
    <message>
        <source>the first line is not a TimelineJS3 sheet header</source>
        <translation>السطر الأول ليس ترويسة جدول TimelineJS3</translation>
    </message>
    <message>
        <source>the first row names the columns: Year, Month, Day, …, Headline</source>
        <translation>الصف الأول يسمّي الأعمدة: Year وMonth وDay و… وHeadline</translation>
    </message>
    <message>
        <source>the sheet has no event rows</source>
        <translation>ليس في الجدول صفوف أحداث</translation>
    </message>
    <message>
        <source>add a row with a Year and a Headline under the header</source>
        <translation>أضف تحت الترويسة صفًا فيه Year وHeadline</translation>
    </message>
    <message>
        <source>write it as HH:MM, e.g. 14:30 or 2:30 PM</source>
        <translation>اكتبه بالشكل HH:MM، مثل ⁦14:30⁩ أو ⁦2:30 PM⁩</translation>
    </message>
    <message>
        <source>with AM or PM, the hour is from 1 to 12</source>
        <translation>مع AM أو PM تكون الساعة من 1 إلى 12</translation>
    </message>
    <message>
        <source>not valid CSV: {detail}</source>
        <translation>نص CSV غير صالح: {detail}</translation>
    </message>
    <message>
        <source>a cell with quotes starts and ends with ", and "" stands for "</source>
        <translation>الخلية ذات علامات التنصيص تبدأ بـ" وتنتهي بها، و"" تعني "</translation>
    </message>
    <message>
        <source>cut to the limit of {limit} characters</source>
        <translation>قُصّ إلى الحد الأقصى للمحارف ({limit})</translation>
    </message>
    <message>
        <source>{count} events is more than Timeline Explorer opens ({limit})</source>
        <translation>عدد الأحداث ({count}) أكثر مما يفتحه مستكشف الخط الزمني ({limit})</translation>
    </message>
    <message>
        <source>{length} characters; cut to the limit of {limit}</source>
        <translation>عدد المحارف {length}؛ قُصّ إلى الحد الأقصى ({limit})</translation>
    </message>
    <message>
        <source>{count} participants; the first {limit} are kept (the limit for one event)</source>
        <translation>عدد المشاركين {count}؛ أُبقي أول {limit} منهم (الحد الأقصى للحدث الواحد)</translation>
    </message>
    <message>
        <source>{count} sources; the first {limit} are kept (the limit for one event)</source>
        <translation>عدد المصادر {count}؛ أُبقي أول {limit} منها (الحد الأقصى للحدث الواحد)</translation>
    </message>
    <message>
        <source>a party, name, office, note, citation or quote is longer than its limit ({short} characters for names, {long} for notes and quotes); cut to it</source>
        <translation>طرف أو اسم أو منصب أو ملاحظة أو إحالة أو اقتباس أطول من حده ({short} محرف للأسماء، و{long} محرف للملاحظات والاقتباسات)؛ قُصّ إليه</translation>
    </message>
    <message>
        <source>a dataset is a JSON object like {"format": "timeline-explorer/1", "title": …}</source>
        <translation>مجموعة البيانات كائن JSON مثل {"format": "timeline-explorer/1", "title": …}</translation>
    </message>
    <message>
        <source>split the timeline into several files</source>
        <translation>قسّم الخط الزمني على عدة ملفات</translation>
    </message>
    <message>
        <source>is a folder, not a dataset file</source>
        <translation>مجلد، وليس ملف بيانات</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply to be a dataset</source>
        <translation>تداخل نص JSON أعمق من أن يكون مجموعة بيانات</translation>
    </message>
    <message>
        <source>Timeline Explorer opens: {formats}</source>
        <translation>يفتح مستكشف الخط الزمني: {formats}</translation>
    </message>
    <message>
        <source>{file}: … and {count} more problems like these</source>
        <translation>{file}: … وغيرها من المشكلات المماثلة ({count})</translation>
    </message>
    <message>
        <source>format “{format}” is not one Timeline Explorer reads</source>
        <translation>الصيغة «{format}» ليست مما يقرؤه مستكشف الخط الزمني</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n warning(s); {dropped} of {total} events were left out</source>
        <translation>
            <numerusform>{file}: لا تحذيرات؛ تُرك {dropped} من أصل {total} من الأحداث</numerusform>
            <numerusform>{file}: تحذير واحد؛ تُرك {dropped} من أصل {total} من الأحداث</numerusform>
            <numerusform>{file}: تحذيران؛ تُرك {dropped} من أصل {total} من الأحداث</numerusform>
            <numerusform>{file}: %n تحذيرات؛ تُرك {dropped} من أصل {total} من الأحداث</numerusform>
            <numerusform>{file}: %n تحذيرًا؛ تُرك {dropped} من أصل {total} من الأحداث</numerusform>
            <numerusform>{file}: %n تحذير؛ تُرك {dropped} من أصل {total} من الأحداث</numerusform>
        </translation>
    </message>
    <message>
        <source>is too large ({size} GB); the limit is {limit} GB</source>
        <translation>أكبر من اللازم ({size} غيغابايت)؛ الحد الأقصى {limit} غيغابايت</translation>
    </message>
    <message>
        <source>{file}: {warning}</source>
        <translation>{file}: {warning}</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>تتعذّر قراءته: {reason}</translation>
    </message>
    <message>
        <source>this JSON is a list, not a dataset object</source>
        <translation>نص JSON هذا قائمة، وليس كائن مجموعة بيانات</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n warning(s); all {shown} events were loaded</source>
        <translation>
            <numerusform>{file}: لا تحذيرات؛ حُمّلت الأحداث كلها ({shown})</numerusform>
            <numerusform>{file}: تحذير واحد؛ حُمّلت الأحداث كلها ({shown})</numerusform>
            <numerusform>{file}: تحذيران؛ حُمّلت الأحداث كلها ({shown})</numerusform>
            <numerusform>{file}: %n تحذيرات؛ حُمّلت الأحداث كلها ({shown})</numerusform>
            <numerusform>{file}: %n تحذيرًا؛ حُمّلت الأحداث كلها ({shown})</numerusform>
            <numerusform>{file}: %n تحذير؛ حُمّلت الأحداث كلها ({shown})</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>الملف فارغ</translation>
    </message>
    <message>
        <source>is not in a format Timeline Explorer can open</source>
        <translation>ليس بصيغة يستطيع مستكشف الخط الزمني فتحها</translation>
    </message>
    <message>
        <source>this JSON is not a Timeline Explorer dataset: it has no format marker</source>
        <translation>نص JSON هذا ليس مجموعة بيانات لمستكشف الخط الزمني: لا علامة صيغة فيه</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket?)</source>
        <translation>ليس ملفًا عاديًا (جهاز أو أنبوب أو مقبس؟)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>permission denied: the file cannot be read</source>
        <translation>الإذن مرفوض: لا يمكن قراءة الملف</translation>
    </message>
    <message>
        <source>check the name and the folder</source>
        <translation>تحقّق من الاسم والمجلد</translation>
    </message>
    <message>
        <source>cannot be read as {format}: {reason}</source>
        <translation>تتعذّر قراءته بصيغة {format}: {reason}</translation>
    </message>
    <message>
        <source>a {size} picture at scale {scale} is a {pixels} PNG, more than {limit} megapixels: choose a smaller size or scale</source>
        <translation>صورة بقياس {size} بمعامل {scale} تصير ملف PNG بقياس {pixels}، أي أكثر من {limit} ميغابكسل: اختر قياسًا أو معاملًا أصغر</translation>
    </message>
    <message>
        <source>picture scale {scale} is out of range: use {least} to {most}</source>
        <translation>معامل الصورة {scale} خارج النطاق: استعمل من {least} إلى {most}</translation>
    </message>
    <message>
        <source>the picture's time range must end after it starts</source>
        <translation>يجب أن ينتهي المدى الزمني للصورة بعد بدايته</translation>
    </message>
    <message>
        <source>width</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>height</source>
        <translation>ارتفاع</translation>
    </message>
    <message>
        <source>picture {name} {side} px is out of range: use {least} to {most} px</source>
        <translation>{name} الصورة {side} بكسل خارج النطاق: استعمل من {least} إلى {most} بكسل</translation>
    </message>
    <message>
        <source>cannot be read any more ({reason})</source>
        <translation>لم تعد قراءته ممكنة ({reason})</translation>
    </message>
    <message>
        <source>{problem}, so an event's summary cannot be read from it</source>
        <translation>{problem}، فلا يمكن قراءة ملخص حدث منه</translation>
    </message>
    <message>
        <source>changed on disk since it was opened</source>
        <translation>تغيّر على القرص منذ فتحه</translation>
    </message>
    <message>
        <source>open the file again</source>
        <translation>افتح الملف من جديد</translation>
    </message>
    <message>
        <source>event {number} (“{id}”): {problem}</source>
        <translation>الحدث {number} («{id}»): {problem}</translation>
    </message>
    <message>
        <source>story step “{id}” is not the id of any event; ignored</source>
        <translation>خطوة القصة «{id}» ليست معرّف أي حدث؛ تُجوهلت</translation>
    </message>
    <message>
        <source>story step “{id}” is listed twice; ignored</source>
        <translation>خطوة القصة «{id}» مذكورة مرتين؛ تُجوهل تكرارها</translation>
    </message>
    <message>
        <source>event “{id}” lists itself as a cause; ignored</source>
        <translation>الحدث «{id}» يذكر نفسه سببًا؛ تُجوهل ذلك</translation>
    </message>
    <message>
        <source>duplicate id “{id}”: an earlier event has it; this one is ignored</source>
        <translation>معرّف مكرّر «{id}»: يحمله حدث سابق؛ تُجوهل هذا الحدث</translation>
    </message>
    <message>
        <source>cause “{id}” is not the id of any event; ignored</source>
        <translation>السبب «{id}» ليس معرّف أي حدث؛ تُجوهل</translation>
    </message>
    <message>
        <source>cause “{id}” is listed twice; ignored</source>
        <translation>السبب «{id}» مذكور مرتين؛ تُجوهل تكراره</translation>
    </message>
    <message>
        <source>category “{id}” is not the id of any category in “categories”; ignored</source>
        <translation>الفئة «{id}» ليست معرّف أي فئة في «categories»؛ تُجوهلت</translation>
    </message>
    <message>
        <source>duplicate category id “{id}”: an earlier category has it; ignored</source>
        <translation>معرّف فئة مكرّر «{id}»: تحمله فئة سابقة؛ تُجوهلت</translation>
    </message>
    <message>
        <source>not enough memory for this many events</source>
        <translation>لا تكفي الذاكرة لهذا العدد من الأحداث</translation>
    </message>
    <message>
        <source>the work stopped unexpectedly</source>
        <translation>توقّف العمل على نحو غير متوقع</translation>
    </message>
    <message>
        <source>{file}: could not render the {format} export: {reason}</source>
        <translation>{file}: تعذّر إنشاء التصدير بصيغة {format}: {reason}</translation>
    </message>
    <message>
        <source>{file}: not enough memory to open it</source>
        <translation>{file}: لا تكفي الذاكرة لفتحه</translation>
    </message>
    <message>
        <source>not enough memory for a {pixels} PNG: choose a smaller size or scale</source>
        <translation>لا تكفي الذاكرة لملف PNG بقياس {pixels}: اختر قياسًا أو معاملًا أصغر</translation>
    </message>
    <message>
        <source>{text} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1991-12-08; -0500 for 501 BC)</source>
        <translation>{text} ليس تاريخًا؛ اكتب YYYY أو YYYY-MM أو YYYY-MM-DD (مثل ⁦1991-12-08⁩؛ و⁦-0500⁩ لسنة 501 قبل الميلاد)</translation>
    </message>
    <message>
        <source>year {year} is out of range (±{limit})</source>
        <translation>السنة ⁦{year}⁩ خارج النطاق (⁦±{limit}⁩)</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>اليوم يحتاج إلى شهر</translation>
    </message>
    <message>
        <source>a time needs a day</source>
        <translation>الوقت يحتاج إلى يوم</translation>
    </message>
    <message>
        <source>day {day} is not between 1 and {last} for this month</source>
        <translation>اليوم {day} ليس بين 1 و{last} في هذا الشهر</translation>
    </message>
    <message>
        <source>a time needs both hours and minutes</source>
        <translation>الوقت يحتاج إلى الساعات والدقائق معًا</translation>
    </message>
    <message>
        <source>time {time} is not a valid time of day</source>
        <translation>الوقت {time} ليس وقتًا صالحًا من اليوم</translation>
    </message>
    <message>
        <source>a time of day can be given for years up to ±{limit} only</source>
        <translation>لا يُذكر وقت من اليوم إلا للسنوات حتى ⁦±{limit}⁩</translation>
    </message>
    <message>
        <source>expected ',' or '}'</source>
        <translation>يُنتظر ',' أو '}'</translation>
    </message>
    <message>
        <source>expected ',' or ']'</source>
        <translation>يُنتظر ',' أو ']'</translation>
    </message>
    <message>
        <source>expected ':'</source>
        <translation>يُنتظر ':'</translation>
    </message>
    <message>
        <source>object keys must be strings</source>
        <translation>مفاتيح الكائن يجب أن تكون نصوصًا بين علامتي تنصيص</translation>
    </message>
    <message>
        <source>trailing characters</source>
        <translation>محارف زائدة بعد نهاية المستند</translation>
    </message>
    <message>
        <source>invalid character</source>
        <translation>محرف غير صالح</translation>
    </message>
    <message>
        <source>invalid escape character in string</source>
        <translation>محرف هروب غير صالح في نص</translation>
    </message>
    <message>
        <source>invalid character in unicode escape</source>
        <translation>محرف غير صالح في هروب يونيكود</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>عدد غير صالح</translation>
    </message>
    <message>
        <source>trailing comma in object</source>
        <translation>فاصلة زائدة في آخر كائن</translation>
    </message>
    <message>
        <source>trailing comma in array</source>
        <translation>فاصلة زائدة في آخر قائمة</translation>
    </message>
    <message>
        <source>{count} eras; the first {limit} are kept (the limit)</source>
        <translation>عدد الحقب {count}؛ أُبقي أول {limit} منها (الحد الأقصى)</translation>
    </message>
    <message>
        <source>{count} categories; the first {limit} are kept (the limit)</source>
        <translation>عدد الفئات {count}؛ أُبقي أول {limit} منها (الحد الأقصى)</translation>
    </message>
</context>
</TS>