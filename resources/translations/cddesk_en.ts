<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="th_TH">
<context>
    <name></name>
    <message>
        <location filename="../../ui/computer_actions.py" line="37"/>
        <source>กำลังตรวจหาข้อมูลเครื่องนี้…</source>
        <translation>Detecting this computer…</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="48"/>
        <source>ตรวจหาเครื่องไม่สำเร็จ</source>
        <translation>Detection failed</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="49"/>
        <source>อ่านข้อมูลเครื่องนี้ไม่ได้: {error}
กรอกข้อมูลเองได้ด้วยปุ่ม เพิ่ม</source>
        <translation>Could not read this computer&apos;s details: {error}
You can fill them in yourself with the Add button</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="55"/>
        <source>เพิ่มเครื่องนี้ (ข้อมูลจากการตรวจหา — ใส่เลขครุภัณฑ์แล้วบันทึก)</source>
        <translation>Add this computer (detected details — enter the asset number and save)</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="57"/>
        <source> — บางรายการอ่านไม่ได้</source>
        <translation> — some details could not be read</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="66"/>
        <source>เปิดใช้งาน</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="66"/>
        <source>ปิดอยู่</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="68"/>
        <source>ฐานข้อมูลเป็นปัจจุบัน</source>
        <translation>definitions up to date</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="68"/>
        <source>ฐานข้อมูลไม่เป็นปัจจุบัน</source>
        <translation>definitions out of date</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="70"/>
        <source>พบโปรแกรมป้องกันไวรัส</source>
        <translation>Antivirus found</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="71"/>
        <source>พบ {name} {version} ({state})
บันทึกเป็นการติดตั้งของเครื่อง {asset} หรือไม่?</source>
        <translation>Found {name} {version} ({state})
Record it as installed on computer {asset}?</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="72"/>
        <source>ไม่ทราบสถานะ</source>
        <translation>state unknown</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="34"/>
        <source>CD Desk พบข้อผิดพลาด</source>
        <translation>CD Desk hit an error</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="36"/>
        <source>เกิดข้อผิดพลาดที่โปรแกรมไม่ได้คาดไว้ ข้อมูลที่บันทึกแล้วยังอยู่ครบ
กรุณาคัดลอกรายละเอียดด้านล่างส่งให้ผู้ดูแลระบบ แล้วลองทำรายการนั้นอีกครั้ง</source>
        <translation>Something unexpected went wrong. Everything already saved is intact.
Please copy the details below to your system administrator, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="42"/>
        <source>คัดลอกรายละเอียด</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="35"/>
        <source>— ไม่นำเข้า —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="49"/>
        <source>นำเข้าทะเบียนคอมพิวเตอร์จาก Excel</source>
        <translation>Import the computer register from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="60"/>
        <source>เลือกแผ่นงาน (sheet) ที่เป็นทะเบียนเครื่องคอมพิวเตอร์:</source>
        <translation>Choose the sheet that holds the computer register:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>คอลัมน์ในไฟล์</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>ตัวอย่างข้อมูล</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="67"/>
        <source>นำเข้าเป็น</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>แถว</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>ผล</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <location filename="../../ui/pages/registers.py" line="52"/>
        <location filename="../../ui/pages/registers.py" line="81"/>
        <location filename="../../ui/pages/registers.py" line="119"/>
        <source>เลขครุภัณฑ์</source>
        <translation>Asset number</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="71"/>
        <source>รายละเอียด</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="80"/>
        <source>ย้อนกลับ</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="81"/>
        <location filename="../../ui/import_wizard.py" line="129"/>
        <source>ถัดไป</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="82"/>
        <location filename="../../ui/pages/reports_page.py" line="171"/>
        <location filename="../../ui/record_dialog.py" line="152"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="100"/>
        <source>เลือกไฟล์ทะเบียนคอมพิวเตอร์</source>
        <translation>Choose the computer register file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="101"/>
        <location filename="../../ui/widgets/evidence_panel.py" line="115"/>
        <source>ทุกไฟล์</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="113"/>
        <source>เปิดไฟล์ไม่ได้</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="116"/>
        <source>{name} ({rows} แถว)</source>
        <translation>{name} ({rows} rows)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="125"/>
        <source>ขั้นที่ ๑ จาก ๓: เลือกแผ่นงาน</source>
        <translation>Step 1 of 3: choose the sheet</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="125"/>
        <source>ขั้นที่ ๒ จาก ๓: จับคู่คอลัมน์ (ตรวจสอบสิ่งที่โปรแกรมเดาไว้)</source>
        <translation>Step 2 of 3: map the columns (check the program&apos;s guesses)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="126"/>
        <source>ขั้นที่ ๓ จาก ๓: ตรวจสอบข้อมูลทุกแถวก่อนนำเข้า</source>
        <translation>Step 3 of 3: check every row before importing</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="129"/>
        <source>นำเข้า</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="155"/>
        <source>แถวแรก ๆ ของแผ่นงานนี้:</source>
        <translation>First rows of this sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="172"/>
        <source>พบข้อมูล {rows} แถว หัวตารางอยู่แถวที่ {header}</source>
        <translation>{rows} rows found; the header is on row {header}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="193"/>
        <source>มีปัญหา</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="195"/>
        <source>ซ้ำ (ไม่นำเข้า)</source>
        <translation>Duplicate (not imported)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="197"/>
        <source>พร้อมนำเข้า</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="212"/>
        <source> — แก้แถวที่มีปัญหาในไฟล์ Excel แล้วเปิดไฟล์อีกครั้ง (ยังไม่มีการบันทึกใด ๆ)</source>
        <translation> — fix the rows with problems in the Excel file and open it again (nothing has been saved)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="227"/>
        <source>กำลังนำเข้า {n} เครื่อง…</source>
        <translation>Importing {n} computers…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="241"/>
        <source>(ไม่มีการบันทึกใด ๆ)</source>
        <translation>(nothing has been saved)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="245"/>
        <source>นำเข้าเสร็จแล้ว</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>หน้าแรก</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <location filename="../../ui/pages/dashboard.py" line="142"/>
        <source>คะแนนประเมิน</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <location filename="../../ui/pages/reports_page.py" line="116"/>
        <source>รายงาน</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <location filename="../../ui/pages/profile_page.py" line="101"/>
        <source>ข้อมูลสำนักงาน</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <location filename="../../ui/main_window.py" line="164"/>
        <location filename="../../ui/pages/registers.py" line="22"/>
        <location filename="../../ui/pages/registers.py" line="38"/>
        <source>บุคลากร</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>ทะเบียนคอมพิวเตอร์</source>
        <translation>Computer register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <location filename="../../ui/pages/registers.py" line="117"/>
        <source>โปรแกรมป้องกันไวรัส</source>
        <translation>Antivirus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <location filename="../../ui/pages/registers.py" line="23"/>
        <source>บัญชีผู้ใช้งานอินเทอร์เน็ต</source>
        <translation>Internet accounts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <location filename="../../ui/pages/activities.py" line="218"/>
        <source>ผลงานรายเดือน</source>
        <translation>Monthly results</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>วันนี้ {date}</source>
        <translation>Today {date}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>แฟ้ม</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>นำเข้าทะเบียนคอมพิวเตอร์จาก Excel…</source>
        <translation>Import the computer register from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>ตั้งค่า</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>รูปแบบวันที่</source>
        <translation>Date format</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104"/>
        <source>เลขไทย ปีเต็ม (๑๓ ก.พ. ๒๕๖๘)</source>
        <translation>Thai digits, full year (๑๓ ก.พ. ๒๕๖๘)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105"/>
        <source>เลขอารบิก ปีย่อ (13 ก.พ. 68)</source>
        <translation>Arabic digits, short year (13 ก.พ. 68)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>พิมพ์รายงานด้วยเลขไทย</source>
        <translation>Print reports with Thai digits</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115"/>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>ภาษา (Language)</source>
        <translation>Language (ภาษา)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="126"/>
        <source>ช่วยเหลือ</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <location filename="../../ui/main_window.py" line="209"/>
        <source>เกี่ยวกับ CD Desk</source>
        <translation>About CD Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <location filename="../../ui/pages/home_page.py" line="43"/>
        <source>{office} จังหวัด{province}</source>
        <translation>{office}, {province} province</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204"/>
        <source>จะใช้ภาษาที่เลือกเมื่อเปิดโปรแกรมครั้งถัดไป</source>
        <translation>The chosen language applies the next time CD Desk starts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>&lt;b&gt;{app}&lt;/b&gt; รุ่น {version}&lt;br&gt;โปรแกรมบันทึกงานเทคโนโลยีสารสนเทศของสำนักงานพัฒนาชุมชนอำเภอ&lt;br&gt;กรมการพัฒนาชุมชน กระทรวงมหาดไทย&lt;br&gt;&lt;br&gt;โฟลเดอร์ข้อมูล: {folder}&lt;br&gt;แบบอักษร Laksaman (TLWG) สัญญาอนุญาต GPL-2+ พร้อมข้อยกเว้นสำหรับฟอนต์</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; version {version}&lt;br&gt;IT work records for district Community Development offices&lt;br&gt;Community Development Department, Ministry of Interior&lt;br&gt;&lt;br&gt;Data folder: {folder}&lt;br&gt;Laksaman font (TLWG), GPL-2+ with font exception</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="40"/>
        <source>ยังไม่มีข้อมูลสำนักงาน</source>
        <translation>No office profile yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="52"/>
        <source>ปีงบประมาณ {fy} ({start} – {end}) · วันนี้ {today}</source>
        <translation>Fiscal year {fy} ({start} – {end}) · today {today}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="56"/>
        <source>&lt;b&gt;บุคลากร&lt;/b&gt; {all} คน (ปฏิบัติงานอยู่ {active} คน)</source>
        <translation>&lt;b&gt;Staff&lt;/b&gt; {all} people ({active} in service)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="58"/>
        <source>&lt;b&gt;เครื่องคอมพิวเตอร์&lt;/b&gt; {all} เครื่อง · สำรวจแล้วในปีงบประมาณนี้ {surveyed} เครื่อง · กำหนดส่งผลสำรวจ {deadline}</source>
        <translation>&lt;b&gt;Computers&lt;/b&gt; {all} · surveyed this fiscal year {surveyed} · survey deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="62"/>
        <source>&lt;b&gt;โปรแกรมป้องกันไวรัส&lt;/b&gt; ({product}) ครอบคลุม {covered} จาก {usable} เครื่องที่ใช้งานได้ = &lt;b&gt;ร้อยละ {percent}&lt;/b&gt; — </source>
        <translation>&lt;b&gt;Antivirus&lt;/b&gt; ({product}) covers {covered} of {usable} usable computers = &lt;b&gt;{percent} %&lt;/b&gt; — </translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="65"/>
        <location filename="../../ui/pages/registers.py" line="145"/>
        <source>ผ่านเกณฑ์ร้อยละ ๙๕</source>
        <translation>meets the 95 % bar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="66"/>
        <source>ต้องติดตั้งเพิ่มอีก {n} เครื่องจึงถึงร้อยละ ๙๕</source>
        <translation>{n} more installs needed to reach 95 %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="67"/>
        <source>&lt;b&gt;บัญชีผู้ใช้งานอินเทอร์เน็ต&lt;/b&gt; {n} บัญชี</source>
        <translation>&lt;b&gt;Internet accounts&lt;/b&gt; {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="68"/>
        <source> · เจ้าหน้าที่ที่ยังไม่มีบัญชี: {names}</source>
        <translation> · staff without an account: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="72"/>
        <source>CD Desk รุ่น {version} · ข้อมูลอยู่ที่ {folder}</source>
        <translation>CD Desk version {version} · data in {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="85"/>
        <source>&lt;b&gt;{rubric}&lt;/b&gt;: {got} จาก {top} คะแนน ณ วันนี้ (รายละเอียดที่หน้า คะแนนประเมิน)</source>
        <translation>&lt;b&gt;{rubric}&lt;/b&gt;: {got} of {top} points as of today (details on the Scores page)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="88"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;กิจกรรมในปีงบประมาณนี้ {n} รายการยังไม่มีหลักฐาน จึงยังไม่นับคะแนน&lt;/span&gt; (ดูหน้า ผลงานรายเดือน)</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;{n} activities of this fiscal year have no evidence yet and do not count&lt;/span&gt; (see the Monthly work page)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="29"/>
        <source>จังหวัด</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="30"/>
        <source>— เลือกจังหวัด —</source>
        <translation>— choose a province —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="31"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="31"/>
        <location filename="../../ui/pages/profile_page.py" line="80"/>
        <source>— เลือกอำเภอ —</source>
        <translation>— choose a district —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="32"/>
        <source>ชื่อสำนักงาน</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="32"/>
        <source>เว้นว่างเพื่อใช้ สำนักงานพัฒนาชุมชนอำเภอ…</source>
        <translation>leave blank for สำนักงานพัฒนาชุมชนอำเภอ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="33"/>
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="34"/>
        <location filename="../../ui/pages/registers.py" line="32"/>
        <location filename="../../ui/pages/registers.py" line="41"/>
        <location filename="../../cddesk/kinds.py" line="448"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="35"/>
        <location filename="../../ui/pages/registers.py" line="33"/>
        <location filename="../../ui/pages/registers.py" line="42"/>
        <location filename="../../cddesk/kinds.py" line="449"/>
        <source>อีเมล</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="36"/>
        <source>หัวหน้าสำนักงาน</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="37"/>
        <source>ตำแหน่งหัวหน้าสำนักงาน</source>
        <translation>Head of office&apos;s position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="38"/>
        <source>ผู้รับผิดชอบงานไอที</source>
        <translation>IT officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="39"/>
        <source>ตำแหน่งผู้รับผิดชอบงานไอที</source>
        <translation>IT officer&apos;s position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="40"/>
        <source>ปีงบประมาณที่ใช้ (พ.ศ.)</source>
        <translation>Fiscal year in use (B.E.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="42"/>
        <source>กำหนดส่งผลสำรวจเครื่องคอมพิวเตอร์</source>
        <translation>Computer survey deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="43"/>
        <source>โปรแกรมป้องกันไวรัสที่กรมกำหนด</source>
        <translation>Antivirus prescribed by the Department</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="88"/>
        <location filename="../../ui/record_dialog.py" line="190"/>
        <source>มีข้อมูลที่ต้องแก้ไข ดูข้อความสีแดงใต้ช่องที่ระบุ</source>
        <translation>Some fields need fixing: see the red messages under them</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="104"/>
        <source>บันทึกข้อมูลสำนักงาน</source>
        <translation>Save office profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="118"/>
        <source>บันทึกแล้ว</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="126"/>
        <source>ยินดีต้อนรับสู่ CD Desk — ข้อมูลสำนักงาน</source>
        <translation>Welcome to CD Desk — office profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="128"/>
        <source>กรอกข้อมูลสำนักงานพัฒนาชุมชนอำเภอของท่านก่อนเริ่มใช้งาน ข้อมูลนี้ใช้ในหัวรายงานและช่องลงนามที่ส่งจังหวัด (แก้ไขภายหลังได้ที่หน้า ข้อมูลสำนักงาน)</source>
        <translation>Fill in your district office&apos;s details before you start. They appear in report headers and signature blocks sent to the province (you can change them later on the Office profile page).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="132"/>
        <source>บันทึกและเริ่มใช้งาน</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="132"/>
        <source>ออก</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="134"/>
        <source>ลองใช้สำนักงานตัวอย่างก่อน</source>
        <translation>Try the sample office first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="135"/>
        <source>เปิดสำนักงานตัวอย่าง (จังหวัดหนองคาย ปีงบประมาณ 2568) ในโฟลเดอร์แยก ข้อมูลจริงของท่านไม่ถูกแตะต้อง</source>
        <translation>Open the sample office (Nong Khai, fiscal year 2568) in a separate folder; your real data is not touched</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="62"/>
        <source>เพิ่ม</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="63"/>
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="64"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="66"/>
        <source>เพิ่มรายการใหม่ (Ctrl+N)</source>
        <translation>Add a new record (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="68"/>
        <source>ค้นหา… (พิมพ์คำใดก็ได้ในแถว)</source>
        <translation>Search… (any word in the row)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="140"/>
        <source>{shown} จาก {total} รายการ</source>
        <translation>{shown} of {total} records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="141"/>
        <source>{total} รายการ</source>
        <translation>{total} records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="176"/>
        <source>เพิ่ม{what}</source>
        <translation>Add {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="181"/>
        <source>แก้ไข{what}</source>
        <translation>Edit {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="188"/>
        <source>ลบ{what}</source>
        <translation>Delete {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="189"/>
        <source>ลบ «{record}» และหลักฐานที่แนบไว้หรือไม่?
การลบนี้ย้อนกลับไม่ได้</source>
        <translation>Delete «{record}» and its attached evidence?
This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="22"/>
        <location filename="../../ui/pages/registers.py" line="106"/>
        <source>เครื่องคอมพิวเตอร์</source>
        <translation>computer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="23"/>
        <source>การติดตั้งโปรแกรมป้องกันไวรัส</source>
        <translation>antivirus install</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="29"/>
        <location filename="../../ui/pages/registers.py" line="40"/>
        <location filename="../../cddesk/kinds.py" line="431"/>
        <source>ชื่อ-นามสกุล</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="30"/>
        <location filename="../../ui/pages/registers.py" line="40"/>
        <location filename="../../cddesk/kinds.py" line="447"/>
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="30"/>
        <source>เช่น นักวิชาการพัฒนาชุมชน</source>
        <translation>e.g. Community Development Technical Officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="31"/>
        <location filename="../../ui/pages/registers.py" line="41"/>
        <source>ระดับ</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="31"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="34"/>
        <location filename="../../ui/pages/registers.py" line="42"/>
        <location filename="../../cddesk/kinds.py" line="450"/>
        <source>LINE ID</source>
        <translation>LINE ID</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="35"/>
        <location filename="../../ui/pages/registers.py" line="43"/>
        <source>ปฏิบัติงานอยู่</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="52"/>
        <source>เช่น 7440-001-0001/68</source>
        <translation>e.g. 7440-001-0001/68</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="53"/>
        <location filename="../../ui/pages/registers.py" line="81"/>
        <location filename="../../cddesk/kinds.py" line="333"/>
        <location filename="../../cddesk/kinds.py" line="363"/>
        <location filename="../../cddesk/kinds.py" line="407"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="54"/>
        <location filename="../../ui/pages/registers.py" line="82"/>
        <source>ยี่ห้อ</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="54"/>
        <location filename="../../ui/pages/registers.py" line="82"/>
        <source>รุ่น</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="55"/>
        <source>หมายเลขเครื่อง (S/N)</source>
        <translation>Serial number (S/N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="56"/>
        <source>หน่วยประมวลผล (CPU)</source>
        <translation>Processor (CPU)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="57"/>
        <source>หน่วยความจำ (GB)</source>
        <translation>Memory (GB)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="58"/>
        <source>ความจุดิสก์ (GB)</source>
        <translation>Disk capacity (GB)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="59"/>
        <location filename="../../ui/pages/registers.py" line="83"/>
        <source>ระบบปฏิบัติการ</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="59"/>
        <source>เช่น Windows 11 Pro</source>
        <translation>e.g. Windows 11 Pro</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="60"/>
        <source>รุ่นระบบปฏิบัติการ</source>
        <translation>OS version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="61"/>
        <location filename="../../ui/pages/registers.py" line="87"/>
        <source>วันที่ได้มา</source>
        <translation>Acquired on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="62"/>
        <source>แหล่งงบประมาณ</source>
        <translation>Budget source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="63"/>
        <location filename="../../ui/pages/registers.py" line="86"/>
        <source>สถานที่ตั้ง</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="64"/>
        <location filename="../../ui/pages/registers.py" line="86"/>
        <source>ผู้รับผิดชอบ</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="45"/>
        <source>ยังไม่มีหลักฐาน — ไม่นับคะแนน</source>
        <translation>No evidence yet — not scored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="62"/>
        <location filename="../../ui/pages/registers.py" line="64"/>
        <source>— ไม่ระบุ —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="79"/>
        <source>นอกปีงบประมาณที่ใช้อยู่</source>
        <translation>Outside the fiscal year in use</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="103"/>
        <source>เฉพาะที่ยังไม่มีหลักฐาน</source>
        <translation>Only records without evidence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="111"/>
        <source>ช่วงเวลา:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="115"/>
        <source>ทุก{what}</source>
        <translation>Any {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="138"/>
        <source>ปีงบประมาณ {fy}</source>
        <translation>Fiscal year {fy}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="138"/>
        <source>ทุกช่วงเวลา</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="222"/>
        <source>ปีงบประมาณ </source>
        <translation>Fiscal year </translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="226"/>
        <source>ตัวเลข = จำนวนรายการในเดือน · (ตัวเลขสีแดงในวงเล็บ) = รายการที่ยังไม่มีหลักฐาน จึงยังไม่นับคะแนน · ดับเบิลคลิกช่องเพื่อเปิดรายการของเดือนนั้น</source>
        <translation>Number = records in the month · (red number in brackets) = records without evidence yet, so not scored yet · double-click a cell to open that month&apos;s records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="248"/>
        <source>รวม</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="266"/>
        <source>{n} รายการยังไม่มีหลักฐาน จึงยังไม่นับคะแนน</source>
        <translation>{n} record(s) without evidence yet, so not scored yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="65"/>
        <source>ชื่อเครื่อง (Hostname)</source>
        <translation>Computer name (hostname)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="66"/>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="66"/>
        <source>เช่น 192.168.1.10</source>
        <translation>e.g. 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="67"/>
        <source>MAC address</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="67"/>
        <source>เช่น 00:1A:2B:3C:4D:5E</source>
        <translation>e.g. 00:1A:2B:3C:4D:5E</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="89"/>
        <location filename="../../ui/pages/registers.py" line="68"/>
        <location filename="../../ui/pages/registers.py" line="85"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="69"/>
        <location filename="../../ui/pages/registers.py" line="87"/>
        <source>วันที่สำรวจ</source>
        <translation>Surveyed on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="70"/>
        <location filename="../../ui/pages/registers.py" line="113"/>
        <location filename="../../cddesk/kinds.py" line="318"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="79"/>
        <location filename="../../cddesk/reports/__init__.py" line="65"/>
        <source>ทะเบียนเครื่องคอมพิวเตอร์</source>
        <translation>Computer register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="83"/>
        <source>S/N</source>
        <translation>S/N</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="84"/>
        <source>ชื่อเครื่อง</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="84"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="85"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="87"/>
        <location filename="../../ui/pages/registers.py" line="88"/>
        <location filename="../../ui/widgets/evidence_panel.py" line="115"/>
        <source>หลักฐาน</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="94"/>
        <source>ตรวจหาเครื่องนี้</source>
        <translation>Detect this computer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="95"/>
        <source>กรอกข้อมูลเครื่องคอมพิวเตอร์ที่ใช้งานโปรแกรมนี้อยู่โดยอัตโนมัติ</source>
        <translation>Fill in the details of the computer this program runs on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="96"/>
        <source>นำเข้าจาก Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="107"/>
        <location filename="../../ui/pages/registers.py" line="119"/>
        <source>โปรแกรม</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="108"/>
        <location filename="../../ui/pages/registers.py" line="120"/>
        <source>เวอร์ชัน</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="109"/>
        <location filename="../../ui/pages/registers.py" line="120"/>
        <source>วันที่ติดตั้ง</source>
        <translation>Installed on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="110"/>
        <source>วันหมดอายุใบอนุญาต</source>
        <translation>Licence expires</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="111"/>
        <source>อัปเดตฐานข้อมูลไวรัสล่าสุด</source>
        <translation>Definitions last updated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="112"/>
        <location filename="../../ui/pages/registers.py" line="122"/>
        <source>ผู้ติดตั้ง</source>
        <translation>Installed by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="121"/>
        <source>หมดอายุ</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="121"/>
        <source>อัปเดตล่าสุด</source>
        <translation>Last update</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="122"/>
        <source>ใช้ได้ตามเกณฑ์</source>
        <translation>Meets the rule</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="145"/>
        <source>ยังไม่ถึงเกณฑ์ร้อยละ ๙๕</source>
        <translation>below the 95 % bar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="147"/>
        <source>&lt;b&gt;ความครอบคลุม ณ {at}&lt;/b&gt;: เครื่องที่ใช้งานได้ {usable} เครื่อง ติดตั้ง {product} ที่ใช้ได้ {covered} เครื่อง = &lt;b&gt;ร้อยละ {percent}&lt;/b&gt; ({verdict})</source>
        <translation>&lt;b&gt;Coverage on {at}&lt;/b&gt;: {usable} usable computers, {covered} with a valid {product} install = &lt;b&gt;{percent} %&lt;/b&gt; ({verdict})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="151"/>
        <source> — ยังขาด {n} เครื่อง:</source>
        <translation> — {n} still missing:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="161"/>
        <location filename="../../ui/pages/registers.py" line="176"/>
        <location filename="../../cddesk/kinds.py" line="89"/>
        <source>เจ้าหน้าที่</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="162"/>
        <source>ชื่อผู้ใช้ (username)</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="163"/>
        <location filename="../../ui/pages/registers.py" line="177"/>
        <source>ประเภทบัญชี</source>
        <translation>Account type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="164"/>
        <source>วันที่สร้างบัญชี</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="165"/>
        <source>วันที่ทบทวนล่าสุด</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="166"/>
        <location filename="../../ui/pages/registers.py" line="178"/>
        <source>ใช้งานอยู่</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="174"/>
        <source>ทะเบียนตรวจสอบสิทธิ์ผู้ใช้งานอินเทอร์เน็ต</source>
        <translation>Internet-authentication register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="176"/>
        <source>ชื่อผู้ใช้</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="177"/>
        <source>วันที่สร้าง</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="178"/>
        <source>ทบทวนล่าสุด</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="151"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="55"/>
        <location filename="../../ui/widgets/evidence_panel.py" line="83"/>
        <source>หลักฐานเชิงประจักษ์</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="60"/>
        <source>แนบไฟล์/รูปภาพ…</source>
        <translation>Attach file/photo…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="61"/>
        <source>แนบลิงก์…</source>
        <translation>Attach link…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="62"/>
        <source>เปิด</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="63"/>
        <source>ใช้ในรายการใด</source>
        <translation>Used by</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="64"/>
        <source>นำออก</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="114"/>
        <source>เลือกไฟล์หลักฐาน</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="120"/>
        <source>แนบไฟล์ไม่ได้</source>
        <translation>Cannot attach the file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="127"/>
        <source>แนบลิงก์</source>
        <translation>Attach a link</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="127"/>
        <source>ลิงก์ (เช่น โพสต์ Facebook หรือวิดีโอ YouTube):</source>
        <translation>Link (e.g. a Facebook post or a YouTube video):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="133"/>
        <source>แนบลิงก์ไม่ได้</source>
        <translation>Cannot attach the link</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="149"/>
        <source>ไฟล์นี้ใช้ในรายการใด</source>
        <translation>Records using this file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="155"/>
        <source>นำหลักฐานออก</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="155"/>
        <source>นำหลักฐานนี้ออกจากรายการหรือไม่?</source>
        <translation>Remove this evidence from the record?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="37"/>
        <source>วว/ดด/ปปปป (พ.ศ.)</source>
        <translation>dd/mm/yyyy (B.E.)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="39"/>
        <source>วันนี้</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="40"/>
        <source>ใส่วันที่วันนี้</source>
        <translation>Insert today&apos;s date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="59"/>
        <source>ระบุวันที่ เช่น 13/02/2568</source>
        <translation>Enter a date, e.g. 13/02/2568</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="100"/>
        <source>«{text}» ไม่ใช่ตัวเลข ใส่เฉพาะตัวเลข เช่น 8</source>
        <translation>«{text}» is not a number: enter digits only, e.g. 8</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="103"/>
        <source>«{text}» ต้องเป็นจำนวนเต็ม เช่น 25</source>
        <translation>«{text}» must be a whole number, e.g. 25</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="144"/>
        <source>ชช:นน เช่น 09:30</source>
        <translation>hh:mm, e.g. 09:30</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="156"/>
        <source>«{text}» ไม่ใช่เวลา ใส่ชั่วโมง:นาที เช่น 09:30</source>
        <translation>«{text}» is not a time: enter hours:minutes, e.g. 09:30</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="55"/>
        <source>เข้าร่วม Session Call</source>
        <translation>Attended a Session Call</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="56"/>
        <source>เข้าร่วมประชุมทางไกลผ่านอินเทอร์เน็ตของกรม (Conference)</source>
        <translation>Attended a CDD online conference (Conference)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="57"/>
        <source>จัดประชุมผ่าน Cisco WebEx</source>
        <translation>Hosted a meeting on Cisco WebEx</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="58"/>
        <location filename="../../cddesk/kinds.py" line="64"/>
        <location filename="../../cddesk/kinds.py" line="77"/>
        <location filename="../../cddesk/kinds.py" line="129"/>
        <source>อื่น ๆ</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="61"/>
        <source>สร้างความตระหนักด้านความมั่นคงปลอดภัยสารสนเทศ</source>
        <translation>IT-security awareness</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="62"/>
        <source>สร้างความรู้การใช้เครื่องมือด้าน IT ของกรม</source>
        <translation>Training in the CDD&apos;s IT tools</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="63"/>
        <source>ขับเคลื่อน Click ชุมชน</source>
        <translation>Driving Click Chumchon</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="67"/>
        <source>F1 อบรม/ประชุมสร้างความตระหนัก</source>
        <translation>F1 Awareness training/meeting</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="68"/>
        <source>F2 จัดทำคู่มือ/อินโฟกราฟิก/วิดีโอ</source>
        <translation>F2 Manual/infographic/video</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="69"/>
        <source>F3 ติดตาม/แก้ไขปัญหา ณ สำนักงานอำเภอ</source>
        <translation>F3 Follow-up/troubleshooting at the district office</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="72"/>
        <location filename="../../cddesk/kinds.py" line="326"/>
        <source>Click ชุมชน</source>
        <translation>Click Chumchon</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="73"/>
        <source>Smart bmn (จปฐ.)</source>
        <translation>Smart bmn (BMN survey)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="74"/>
        <source>CIA</source>
        <translation>CIA</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="75"/>
        <source>GIS</source>
        <translation>GIS</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="76"/>
        <source>ศูนย์ข้อมูลกลาง</source>
        <translation>Central data centre</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="80"/>
        <source>อบรม</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="81"/>
        <source>ประชุม</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="82"/>
        <source>แลกเปลี่ยนเรียนรู้</source>
        <translation>Knowledge exchange</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="83"/>
        <source>คู่มือ</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="84"/>
        <source>อินโฟกราฟิก</source>
        <translation>Infographic</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="85"/>
        <location filename="../../cddesk/kinds.py" line="116"/>
        <source>วิดีโอ</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="86"/>
        <source>ติดตาม/ลงพื้นที่</source>
        <translation>Follow-up/field visit</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="87"/>
        <source>สื่ออื่น ๆ</source>
        <translation>Other media</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="89"/>
        <source>ภาคีเครือข่าย</source>
        <translation>Network partners</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="91"/>
        <source>แต่งตั้งคณะกรรมการ/คณะทำงาน</source>
        <translation>Committee/working group appointed</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="92"/>
        <source>มอบหมายหน้าที่</source>
        <translation>Duties assigned</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="93"/>
        <source>ประชุมขับเคลื่อนงาน IT</source>
        <translation>IT steering meeting</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="96"/>
        <source>โครงสร้างบุคลากร</source>
        <translation>Staff structure</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="97"/>
        <source>ประกาศ/คำสั่ง</source>
        <translation>Announcements/orders</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="98"/>
        <source>งานบริการ</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="99"/>
        <source>ติดต่อเรา</source>
        <translation>Contact us</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="102"/>
        <source>กลุ่มออมทรัพย์เพื่อการผลิต</source>
        <translation>Savings groups for production</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="103"/>
        <source>โครงการแก้ไขปัญหาความยากจน (กข.คจ.)</source>
        <translation>Poverty Alleviation Project (กข.คจ.)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="104"/>
        <source>ผู้นำชุมชน</source>
        <translation>Community leaders</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="105"/>
        <source>กองทุนแม่ของแผ่นดิน</source>
        <translation>Mother of the Land Fund</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="106"/>
        <source>ยอดจำหน่ายผลิตภัณฑ์ OTOP</source>
        <translation>OTOP product sales</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="107"/>
        <source>แผนพัฒนาตำบล</source>
        <translation>Subdistrict development plan</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="110"/>
        <source>1 คัดเลือกตำบลเป้าหมายตามแนวทาง</source>
        <translation>1 Select the target subdistrict by the guidelines</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="111"/>
        <source>2 กำหนดประเด็นด้วยโปรแกรม CIA</source>
        <translation>2 Set the issues with the CIA program</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="112"/>
        <source>3 สรุปองค์ความรู้</source>
        <translation>3 Summarise the knowledge gained</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="113"/>
        <source>4 บันทึกในฐานข้อมูลกลาง</source>
        <translation>4 Record it in the central database</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="114"/>
        <source>5 เผยแพร่บทเรียน (PDF และวิดีโอ)</source>
        <translation>5 Publish the lessons (PDF and video)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="116"/>
        <source>เอกสาร PDF</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="118"/>
        <source>ทบทวนกลไก/แต่งตั้งคณะทำงาน</source>
        <translation>Mechanism reviewed/working group appointed</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="119"/>
        <source>รายงานสรุปผลต่อผู้บริหาร</source>
        <translation>Summary report to executives</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="122"/>
        <source>ร้านค้าสมัคร Shop ชุมชน</source>
        <translation>Shops registered on Shop Chumchon</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="123"/>
        <source>บันทึก/ปรับปรุง CDD พาเที่ยว</source>
        <translation>CDD Pha Thiao entries added/updated</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="124"/>
        <source>ยอดดาวน์โหลดแอป Click ชุมชน</source>
        <translation>Click Chumchon app downloads</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="127"/>
        <source>เว็บไซต์</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="128"/>
        <source>วิทยุ</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="132"/>
        <source>1.1 กระบวนการพัฒนามาจากปัญหาจริงและมีส่วนร่วม</source>
        <translation>1.1 Developed from a real problem, with participation</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="133"/>
        <source>1.2 เป็นสิ่งใหม่ หรือปรับปรุงของเดิม</source>
        <translation>1.2 New, or an improvement on something existing</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="134"/>
        <source>2.1 ถ่ายทอดให้ภาคีหรือเจ้าหน้าที่</source>
        <translation>2.1 Passed on to partners or staff</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="135"/>
        <source>2.2 นำไปใช้จริงและมีเสียงตอบรับจากผู้ใช้</source>
        <translation>2.2 Put to real use, with feedback from users</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="136"/>
        <source>2.3 มีแผนการพัฒนาต่อที่เป็นไปได้</source>
        <translation>2.3 Has a feasible plan for further development</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="319"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="321"/>
        <source>ประชุมออนไลน์</source>
        <translation>Online meetings</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="322"/>
        <location filename="../../cddesk/kinds.py" line="344"/>
        <source>อบรมและสร้างความตระหนัก</source>
        <translation>Training and awareness</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="323"/>
        <source>กลไกบริหารงาน IT และเว็บไซต์</source>
        <translation>IT governance and website</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="324"/>
        <source>ข้อมูล จปฐ. และฐานข้อมูลกลาง</source>
        <translation>BMN survey and central database</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="325"/>
        <location filename="../../cddesk/kinds.py" line="465"/>
        <source>ตำบลต้นแบบสารสนเทศ</source>
        <translation>Model IT subdistrict</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="327"/>
        <source>นวัตกรรม</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="328"/>
        <location filename="../../cddesk/kinds.py" line="458"/>
        <source>ค่าเป้าหมายประจำปี</source>
        <translation>Annual targets</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="331"/>
        <source>การประชุมออนไลน์</source>
        <translation>Online meeting</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="335"/>
        <source>เวลาเริ่มประชุม</source>
        <translation>Meeting start time</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="336"/>
        <source>เวลาที่สำนักงานเข้าร่วม</source>
        <translation>Time the office joined</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="337"/>
        <source>เรื่อง/หัวข้อ</source>
        <translation>Subject/topic</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="338"/>
        <location filename="../../cddesk/kinds.py" line="351"/>
        <source>ผู้จัด</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="339"/>
        <location filename="../../cddesk/kinds.py" line="356"/>
        <source>จำนวนผู้เข้าร่วม (คน)</source>
        <translation>Participants (people)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="340"/>
        <source>ผู้เข้าร่วมจากสำนักงาน</source>
        <translation>Attendees from the office</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="341"/>
        <source>วันที่ได้รับหนังสือเชิญ</source>
        <translation>Invitation received on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="344"/>
        <source>กิจกรรมอบรม/สร้างความตระหนัก</source>
        <translation>training/awareness activity</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="346"/>
        <source>วัตถุประสงค์</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="347"/>
        <source>รูปแบบ (ด้านความปลอดภัย)</source>
        <translation>Format (security)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="348"/>
        <source>เครื่องมือ IT ที่ให้ความรู้</source>
        <translation>IT tools taught</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="349"/>
        <source>ลักษณะกิจกรรม</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="350"/>
        <source>สำนักงานจัดเอง</source>
        <translation>Run by the office</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="353"/>
        <source>ชื่อกิจกรรม/สื่อ</source>
        <translation>Activity/media title</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="354"/>
        <source>สถานที่</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="355"/>
        <source>กลุ่มเป้าหมาย</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="357"/>
        <source>รายชื่อเจ้าหน้าที่ที่เข้าร่วม</source>
        <translation>Staff who took part</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="358"/>
        <source>ดาวน์โหลด Click ชุมชน (ครั้ง)</source>
        <translation>Click Chumchon downloads</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="361"/>
        <source>กลไกการบริหารงาน IT</source>
        <translation>IT governance action</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="365"/>
        <location filename="../../cddesk/kinds.py" line="409"/>
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="366"/>
        <location filename="../../cddesk/kinds.py" line="410"/>
        <source>เลขที่คำสั่ง/หนังสือ</source>
        <translation>Order/letter number</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="366"/>
        <source>เช่น 12/2568</source>
        <translation>e.g. 12/2568</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="369"/>
        <source>การปรับปรุงเว็บไซต์</source>
        <translation>website update</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="369"/>
        <source>ปรับปรุงหมวดพื้นฐานของเว็บไซต์</source>
        <translation>Updates to the website&apos;s basic sections</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="371"/>
        <source>หมวด</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="372"/>
        <source>วันที่ปรับปรุง</source>
        <translation>Updated on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="373"/>
        <location filename="../../cddesk/kinds.py" line="425"/>
        <source>ลิงก์</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="376"/>
        <source>ข่าวประชาสัมพันธ์บนเว็บไซต์</source>
        <translation>website news item</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="376"/>
        <source>ข่าวบนเว็บไซต์</source>
        <translation>Website news</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="379"/>
        <source>หัวข้อข่าว (หรือ «ข่าวประจำเดือน…»)</source>
        <translation>Headline (or «News of the month…»)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="380"/>
        <source>ลิงก์ข่าว/รายการข่าว</source>
        <translation>Link to the news item/list</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="381"/>
        <source>จำนวนข่าว</source>
        <translation>Number of news items</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="383"/>
        <source>ผลการจัดเก็บข้อมูล จปฐ.</source>
        <translation>BMN survey progress</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="383"/>
        <source>ผลการจัดเก็บข้อมูล จปฐ. (สะสม)</source>
        <translation>BMN survey progress (cumulative)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="385"/>
        <source>ณ วันที่</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="386"/>
        <source>จัดเก็บแล้ว (ครัวเรือน สะสม)</source>
        <translation>Households surveyed (cumulative)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="389"/>
        <source>การบันทึกฐานข้อมูลกลาง</source>
        <translation>Central database entry</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="391"/>
        <source>ฐานข้อมูล</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="392"/>
        <source>วันที่บันทึกเสร็จ</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="393"/>
        <source>บันทึกครบถ้วน</source>
        <translation>Fully recorded</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="394"/>
        <source>ยอดจำหน่าย OTOP (บาท)</source>
        <translation>OTOP sales (baht)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="397"/>
        <source>ขั้นตอนตำบลต้นแบบสารสนเทศ</source>
        <translation>Model IT subdistrict step</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="399"/>
        <source>ขั้นตอน</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="400"/>
        <source>ส่วน (ขั้นที่ 5)</source>
        <translation>Part (step 5)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="401"/>
        <source>วันที่ดำเนินการ</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="402"/>
        <source>ลิงก์เผยแพร่</source>
        <translation>Published link</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="405"/>
        <source>การดำเนินงาน Click ชุมชน</source>
        <translation>Click Chumchon action</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="405"/>
        <source>กลไกและรายงาน Click ชุมชน</source>
        <translation>Click Chumchon mechanism and reports</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="412"/>
        <source>ตัวเลขจากระบบ Click ชุมชน</source>
        <translation>Click Chumchon figure</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="412"/>
        <source>ตัวเลขรายเดือนจากระบบ Click ชุมชน</source>
        <translation>Monthly figures from Click Chumchon</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="414"/>
        <source>ตัวเลข</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="415"/>
        <source>ณ วันที่ (สิ้นเดือน)</source>
        <translation>As of (month end)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="416"/>
        <source>จำนวนในเดือน</source>
        <translation>Count for the month</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="420"/>
        <source>การประชาสัมพันธ์ Click ชุมชน</source>
        <translation>Click Chumchon promotion</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="420"/>
        <source>ประชาสัมพันธ์ Shop ชุมชนและบริการ</source>
        <translation>Promoting Shop Chumchon and services</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="423"/>
        <source>เรื่องที่ประชาสัมพันธ์</source>
        <translation>What was promoted</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="424"/>
        <source>ช่องทาง</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="427"/>
        <source>หัวหน้าส่วนราชการที่ดาวน์โหลด</source>
        <translation>agency head download</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="428"/>
        <source>หัวหน้าส่วนราชการที่ดาวน์โหลด Click ชุมชน</source>
        <translation>Agency heads who downloaded Click Chumchon</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="429"/>
        <source>วันที่ดาวน์โหลด</source>
        <translation>Downloaded on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="430"/>
        <source>ตำแหน่ง/หน่วยงาน</source>
        <translation>Position/agency</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="430"/>
        <source>เช่น นายอำเภอ</source>
        <translation>e.g. District Chief Officer</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="433"/>
        <source>การตรวจข้อมูลบริการ Click ชุมชน</source>
        <translation>Click Chumchon service check</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="433"/>
        <source>ตรวจข้อมูลบริการ Click ชุมชน</source>
        <translation>Click Chumchon service checks</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="435"/>
        <source>บริการ</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="435"/>
        <source>เช่น Shop ชุมชน, CDD พาเที่ยว</source>
        <translation>e.g. Shop Chumchon, CDD Pha Thiao</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="436"/>
        <source>วันที่ตรวจ/ปรับปรุง</source>
        <translation>Checked/updated on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="437"/>
        <source>ถูกต้อง ครบถ้วน เป็นปัจจุบัน</source>
        <translation>Correct, complete and up to date</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="440"/>
        <source>รายงานนวัตกรรม</source>
        <translation>Innovation report</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="442"/>
        <source>วันที่รายงาน</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="443"/>
        <source>ชื่อนวัตกรรม (ภาษาไทย)</source>
        <translation>Innovation name (Thai)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="444"/>
        <source>ชื่อนวัตกรรม (ภาษาอังกฤษ)</source>
        <translation>Innovation name (English)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="445"/>
        <source>หน่วยงาน</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="446"/>
        <source>ผู้ประสานงาน</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="451"/>
        <source>1. ความเป็นมาของปัญหา</source>
        <translation>1. Background of the problem</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="452"/>
        <source>2. แนวคิด</source>
        <translation>2. Concept</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="453"/>
        <source>3. กระบวนการหลังปรับปรุงและวิธีดำเนินการ</source>
        <translation>3. Improved process and how it is done</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="454"/>
        <source>4. ผลผลิตและผลลัพธ์ (เชิงปริมาณและคุณภาพ)</source>
        <translation>4. Outputs and outcomes (quantitative and qualitative)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="455"/>
        <source>5. ประโยชน์ที่ได้รับ</source>
        <translation>5. Benefits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="89"/>
        <source>PDF (พิมพ์/ส่งจังหวัด)</source>
        <translation>PDF (print / send to the province)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="90"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="95"/>
        <source>สร้างรายงาน</source>
        <translation>Make report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="97"/>
        <source>บันทึกเป็นไฟล์…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="98"/>
        <source>เปิดโฟลเดอร์</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="109"/>
        <location filename="../../cddesk/kinds.py" line="459"/>
        <source>ปีงบประมาณ (พ.ศ.)</source>
        <translation>Fiscal year (B.E.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="110"/>
        <source>ช่วงเวลา</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="114"/>
        <source>รูปแบบ</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="119"/>
        <source>ตัวเลขไทยหรืออารบิกในรายงาน PDF เปลี่ยนได้ที่เมนู ตั้งค่า</source>
        <translation>Thai or Arabic digits in PDF reports: see the Settings menu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="132"/>
        <source>เลือกรายงานและช่วงเวลา แล้วกด «สร้างรายงาน» เพื่อดูตัวอย่าง</source>
        <translation>Choose a report and a period, then press “Make report” to preview it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="150"/>
        <source>ทั้งปีงบประมาณ {year}</source>
        <translation>Whole fiscal year {year}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="171"/>
        <location filename="../../ui/pages/reports_page.py" line="196"/>
        <source>กำลังสร้างรายงาน…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="205"/>
        <source>ยกเลิกการสร้างรายงานแล้ว</source>
        <translation>Report cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="216"/>
        <source>สร้างแล้ว {pages} หน้า</source>
        <translation>Made: {pages} pages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="216"/>
        <source>สร้างไฟล์ Excel แล้ว</source>
        <translation>Excel file made</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="259"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="259"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="260"/>
        <source>บันทึกรายงาน</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="271"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="275"/>
        <source>บันทึกแล้วที่ {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="460"/>
        <source>ครัวเรือนเป้าหมาย จปฐ.</source>
        <translation>BMN survey target households</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="461"/>
        <source>กำหนดจัดเก็บ จปฐ. เสร็จ</source>
        <translation>BMN survey deadline</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="462"/>
        <source>ผู้ประกอบการ OTOP ในพื้นที่ (ราย)</source>
        <translation>OTOP operators in the area</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="463"/>
        <source>หัวหน้าส่วนราชการ มท. ระดับอำเภอ (คน)</source>
        <translation>District heads of Ministry of Interior agencies (people)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="464"/>
        <source>เป้าหมายดาวน์โหลด Click ชุมชนต่อเดือน</source>
        <translation>Click Chumchon download target per month</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="466"/>
        <source>เว็บไซต์ของสำนักงาน</source>
        <translation>Office website</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="75"/>
        <source>กำลังใช้สำนักงานตัวอย่าง (ข้อมูลสมมติ) — ปิดโปรแกรมแล้วเปิดใหม่เพื่อกรอกข้อมูลสำนักงานจริง</source>
        <translation>Using the sample office (invented data) — close and reopen the program to enter your real office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="102"/>
        <source>ยังไม่ถึงช่วงประเมิน</source>
        <translation>The evaluation period has not started yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="150"/>
        <source>คำนวณ</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="161"/>
        <source>เกณฑ์</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="161"/>
        <source>คะแนน</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="161"/>
        <source>คำอธิบาย</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="173"/>
        <source>เกณฑ์:</source>
        <translation>Rubric:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="175"/>
        <source>ณ วันที่:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="186"/>
        <source>&lt;b&gt;กำหนดส่งถัดไป และสิ่งที่ยังขาด&lt;/b&gt;</source>
        <translation>&lt;b&gt;Next deadlines and what is still missing&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="217"/>
        <source>คะแนนรวม {got} จาก {top}</source>
        <translation>Total {got} of {top}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="219"/>
        <source>  (ประเมิน ณ {date})</source>
        <translation>  (as of {date})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="240"/>
        <source>ยังขาด</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="242"/>
        <source>คำเตือน</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="245"/>
        <source>นับแล้ว {n} รายการ</source>
        <translation>Counted: {n} records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="247"/>
        <source>นับ</source>
        <translation>counted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="249"/>
        <source>ไม่นับ {n} รายการ</source>
        <translation>Not counted: {n} records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="256"/>
        <source>ดับเบิลคลิกเพื่อเปิดรายการนี้</source>
        <translation>Double-click to open this record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="267"/>
        <source>ไม่มีกำหนดส่งที่ยังมาไม่ถึงในเกณฑ์นี้</source>
        <translation>No deadlines ahead in this rubric</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="59"/>
        <source>แบบประเมินตนเอง พัฒนาชุมชนดิจิทัล ๔.๐</source>
        <translation>Digital Community Development 4.0 self-assessment</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="60"/>
        <source>ทุกด้านและทุกเกณฑ์ คะแนน คำอธิบาย หลักฐาน กราฟรายด้าน และช่องลงนาม</source>
        <translation>Every domain and criterion: points, explanation, evidence, domain chart and signatures</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="61"/>
        <source>รายงานผลการดำเนินงานประจำเดือนถึงจังหวัด</source>
        <translation>Monthly report to the province</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="62"/>
        <source>สิ่งที่ทำในเดือนตามเกณฑ์แต่ละข้อ พร้อมจำนวนและหลักฐาน (ส่งภายในวันที่ ๑๕)</source>
        <translation>What was done in the month per criterion, with counts and evidence (due the 15th)</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="63"/>
        <source>รายงานการขับเคลื่อน Click ชุมชน ประจำเดือน</source>
        <translation>Click Chumchon monthly report</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="64"/>
        <source>ตามแบบรายงานของจังหวัด (แนวนอน) พร้อมภาพกิจกรรม</source>
        <translation>In the province's form (landscape), with activity photos</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="66"/>
        <source>ทุกเครื่องในทะเบียน สถานะ ผู้รับผิดชอบ และการติดตั้งโปรแกรมป้องกันไวรัส</source>
        <translation>Every computer: status, person responsible and antivirus</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="67"/>
        <source>รายงานการติดตั้งโปรแกรมป้องกันไวรัส</source>
        <translation>Antivirus coverage</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="68"/>
        <source>ร้อยละของเครื่องที่ใช้งานได้ที่ได้รับการป้องกัน และรายการเครื่องที่ยังไม่ได้รับการป้องกัน</source>
        <translation>Share of usable computers protected, and the list of those still unprotected</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="70"/>
        <source>ทะเบียนการตรวจสอบสิทธิ์ผู้ใช้งานอินเทอร์เน็ต</source>
        <translation>Internet-authentication register</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="71"/>
        <source>บัญชีผู้ใช้งานของบุคลากร วันที่สร้างและวันที่ทบทวน</source>
        <translation>Staff accounts with creation and review dates</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="72"/>
        <source>สถิติการประชุมออนไลน์</source>
        <translation>Online meeting statistics</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="73"/>
        <source>เข้าร่วมและจัดประชุมรายเดือน ร้อยละการเข้าตรงเวลา ระดับตัวชี้วัด Session Call</source>
        <translation>Meetings attended and hosted per month, on-time rate, Session Call KPI level</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="74"/>
        <source>รายงานผลการพัฒนานวัตกรรมด้านเทคโนโลยีสารสนเทศ</source>
        <translation>IT innovation report</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="75"/>
        <source>ตามแบบฟอร์มของจังหวัด ๔ ประเด็น พร้อมหลักฐาน (ไม่เกิน ๒๕ หน้า)</source>
        <translation>In the province's form: four sections with evidence (at most 25 pages)</translation>
    </message>
</context>
</TS>
