<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="176" />
        <source>Causes</source>
        <translation>الأسباب</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="177" />
        <source>Led to</source>
        <translation>أدى إلى</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="178" />
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="179" />
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="180" />
        <source>Event details</source>
        <translation>تفاصيل الحدث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="199" />
        <source>Event</source>
        <translation>حدث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="200" />
        <source>Treaty</source>
        <translation>معاهدة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="201" />
        <source>Cause</source>
        <translation>سبب</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="202" />
        <source>Period</source>
        <translation>حقبة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="231" />
        <source>No event selected</source>
        <translation>لم يُحدَّد أي حدث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_pane.py" line="233" />
        <source>Click an event on the timeline, or use the arrow keys, to read about it here.</source>
        <translation>انقر على حدث في الخط الزمني، أو استخدم مفاتيح الأسهم، لتقرأ عنه هنا.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="41" />
        <source>Export Summary</source>
        <translation>تصدير ملخص</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="49" />
        <source>All events</source>
        <translation>كل الأحداث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="50" />
        <source>Events shown by the search</source>
        <translation>الأحداث التي يُظهرها البحث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="52" />
        <source>The selected event</source>
        <translation>الحدث المحدَّد</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="64" />
        <source>Format:</source>
        <translation>الصيغة:</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="65" />
        <source>Events:</source>
        <translation>الأحداث:</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/export_dialog.py" line="66" />
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="157" />
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="158" />
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="159" />
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="160" />
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="161" />
        <source>&amp;Export Summary…</source>
        <translation>&amp;تصدير ملخص…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="162" />
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="163" />
        <source>Zoom &amp;In</source>
        <translation>&amp;تكبير</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="164" />
        <source>Zoom &amp;Out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="165" />
        <source>&amp;Fit Whole Timeline</source>
        <translation>&amp;عرض الخط الزمني كاملًا</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="166" />
        <source>&amp;Search Events</source>
        <translation>&amp;بحث في الأحداث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="167" />
        <source>&amp;About Timeline Explorer</source>
        <translation>&amp;حول مستكشف الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="168" />
        <source>Search events, places, people…</source>
        <translation>ابحث في الأحداث والأماكن والأشخاص…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="169" />
        <source>Search events</source>
        <translation>البحث في الأحداث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="170" />
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="171" />
        <source>Events</source>
        <translation>الأحداث</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="255" />
        <source>Timeline Explorer</source>
        <translation>مستكشف الخط الزمني</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/main_window.py" line="262" />
        <source>%n event(s)</source>
        <translation><numerusform>لا أحداث</numerusform><numerusform>حدث واحد</numerusform><numerusform>حدثان</numerusform><numerusform>%n أحداث</numerusform><numerusform>%n حدثًا</numerusform><numerusform>%n حدث</numerusform></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="265" />
        <source>%1 of %2 events shown</source>
        <translation>يُعرض %1 من %2 حدثًا</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="286" />
        <source>Open Timeline</source>
        <translation>فتح خط زمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="296" />
        <source>Cannot Open Timeline</source>
        <translation>تعذّر فتح الخط الزمني</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/main_window.py" line="301" />
        <source>Opened with %n warning(s): </source>
        <translation><numerusform>فُتح دون تحذيرات: </numerusform><numerusform>فُتح مع تحذير واحد: </numerusform><numerusform>فُتح مع تحذيرين: </numerusform><numerusform>فُتح مع %n تحذيرات: </numerusform><numerusform>فُتح مع %n تحذيرًا: </numerusform><numerusform>فُتح مع %n تحذير: </numerusform></translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="316" />
        <source>Export Summary</source>
        <translation>تصدير ملخص</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="327" />
        <source>Export Failed</source>
        <translation>فشل التصدير</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="329" />
        <source>Exported to %1</source>
        <translation>صُدِّر إلى %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="334" />
        <source>About Timeline Explorer</source>
        <translation>حول مستكشف الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="336" />
        <source>&lt;h3&gt;Timeline Explorer %1&lt;/h3&gt;&lt;p&gt;Explore history as a timeline: causes, treaties, participants and sources, in Arabic and English.&lt;/p&gt;&lt;p&gt;Fonts: Noto Sans and Noto Sans Arabic, SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;مستكشف الخط الزمني %1&lt;/h3&gt;&lt;p&gt;استكشف التاريخ خطًا زمنيًا: الأسباب والمعاهدات والمشاركون والمصادر، بالعربية والإنجليزية.&lt;/p&gt;&lt;p&gt;الخطوط: Noto Sans وNoto Sans Arabic، برخصة SIL Open Font License 1.1.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="74" />
        <source>Signed</source>
        <translation>وقّعت</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="75" />
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="76" />
        <source>Did not sign</source>
        <translation>لم توقّع</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="114" />
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="115" />
        <source>Represented by</source>
        <translation>ممثَّلة بـ</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="116" />
        <source>Office</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="117" />
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/detail_models.py" line="118" />
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message numerus="yes">
        <location filename="../../explorer/qt/timeline_render.py" line="147" />
        <source>%n event(s) in view — zoom in to see them</source>
        <translation><numerusform>لا أحداث هنا</numerusform><numerusform>حدث واحد هنا — كبّر لرؤيته</numerusform><numerusform>حدثان هنا — كبّر لرؤيتهما</numerusform><numerusform>%n أحداث هنا — كبّر لرؤيتها</numerusform><numerusform>%n حدثًا هنا — كبّر لرؤيتها</numerusform><numerusform>%n حدث هنا — كبّر لرؤيتها</numerusform></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../explorer/qt/timeline_view.py" line="64" />
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/timeline_view.py" line="67" />
        <source>Events in time order. Left and Right arrows go to the previous and next event, plus and minus zoom, the mouse wheel zooms and dragging pans.</source>
        <translation>الأحداث بترتيبها الزمني. ينتقل السهمان الأيمن والأيسر إلى الحدث السابق والتالي، ويكبّر مفتاحا الزائد والناقص ويصغّران، وتكبّر عجلة الفأرة ويحرّك السحبُ الخط الزمني.</translation>
    </message>
</context>
</TS>