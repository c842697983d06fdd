<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="th_TH">
<context>
    <name></name>
    <message>
        <location filename="../../ui/computer_actions.py" line="43"/>
        <source>กำลังตรวจหาข้อมูลเครื่องนี้…</source>
        <translation>Detecting this computer…</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="54"/>
        <source>ตรวจหาเครื่องไม่สำเร็จ</source>
        <translation>Detection failed</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="55"/>
        <source>อ่านข้อมูลเครื่องนี้ไม่ได้: {error}
กรอกข้อมูลเองได้ด้วยปุ่ม เพิ่ม</source>
        <translation>Could not read this computer&apos;s details: {error}
You can fill them in yourself with the Add button</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="61"/>
        <source>เพิ่มเครื่องนี้ (ข้อมูลจากการตรวจหา — ใส่เลขครุภัณฑ์แล้วบันทึก)</source>
        <translation>Add this computer (detected details — enter the asset number and save)</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="63"/>
        <source> — บางรายการอ่านไม่ได้</source>
        <translation> — some details could not be read</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="72"/>
        <source>เปิดใช้งาน</source>
        <translation>enabled</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="72"/>
        <source>ปิดอยู่</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="74"/>
        <source>ฐานข้อมูลเป็นปัจจุบัน</source>
        <translation>definitions up to date</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="74"/>
        <source>ฐานข้อมูลไม่เป็นปัจจุบัน</source>
        <translation>definitions out of date</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="76"/>
        <source>พบโปรแกรมป้องกันไวรัส</source>
        <translation>Antivirus found</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="77"/>
        <source>พบ {name} {version} ({state})
บันทึกเป็นการติดตั้งของเครื่อง {asset} หรือไม่?</source>
        <translation>Found {name} {version} ({state})
Record it as installed on computer {asset}?</translation>
    </message>
    <message>
        <location filename="../../ui/computer_actions.py" line="78"/>
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
        <location filename="../../ui/record_dialog.py" line="148"/>
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
        <location filename="../../ui/widgets/evidence_panel.py" line="113"/>
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
        <location filename="../../ui/main_window.py" line="46"/>
        <source>หน้าแรก</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <location filename="../../ui/pages/profile_page.py" line="100"/>
        <source>ข้อมูลสำนักงาน</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48"/>
        <location filename="../../ui/pages/registers.py" line="22"/>
        <location filename="../../ui/pages/registers.py" line="38"/>
        <source>บุคลากร</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49"/>
        <source>ทะเบียนคอมพิวเตอร์</source>
        <translation>Computer register</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50"/>
        <location filename="../../ui/pages/registers.py" line="117"/>
        <source>โปรแกรมป้องกันไวรัส</source>
        <translation>Antivirus</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51"/>
        <location filename="../../ui/pages/registers.py" line="23"/>
        <source>บัญชีผู้ใช้งานอินเทอร์เน็ต</source>
        <translation>Internet accounts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>วันนี้ {date}</source>
        <translation>Today {date}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76"/>
        <source>แฟ้ม</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77"/>
        <source>นำเข้าทะเบียนคอมพิวเตอร์จาก Excel…</source>
        <translation>Import the computer register from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86"/>
        <source>ตั้งค่า</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="87"/>
        <source>รูปแบบวันที่</source>
        <translation>Date format</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="90"/>
        <source>เลขไทย ปีเต็ม (๑๓ ก.พ. ๒๕๖๘)</source>
        <translation>Thai digits, full year (๑๓ ก.พ. ๒๕๖๘)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="91"/>
        <source>เลขอารบิก ปีย่อ (13 ก.พ. 68)</source>
        <translation>Arabic digits, short year (13 ก.พ. 68)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>พิมพ์รายงานด้วยเลขไทย</source>
        <translation>Print reports with Thai digits</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>ภาษา (Language)</source>
        <translation>Language (ภาษา)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112"/>
        <source>ช่วยเหลือ</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <location filename="../../ui/main_window.py" line="165"/>
        <source>เกี่ยวกับ CD Desk</source>
        <translation>About CD Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <location filename="../../ui/pages/home_page.py" line="39"/>
        <source>{office} จังหวัด{province}</source>
        <translation>{office}, {province} province</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>จะใช้ภาษาที่เลือกเมื่อเปิดโปรแกรมครั้งถัดไป</source>
        <translation>The chosen language applies the next time CD Desk starts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&lt;b&gt;{app}&lt;/b&gt; รุ่น {version}&lt;br&gt;โปรแกรมบันทึกงานเทคโนโลยีสารสนเทศของสำนักงานพัฒนาชุมชนอำเภอ&lt;br&gt;กรมการพัฒนาชุมชน กระทรวงมหาดไทย&lt;br&gt;&lt;br&gt;โฟลเดอร์ข้อมูล: {folder}&lt;br&gt;แบบอักษร Laksaman (TLWG) สัญญาอนุญาต GPL-2+ พร้อมข้อยกเว้นสำหรับฟอนต์</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; version {version}&lt;br&gt;IT work records for district Community Development offices&lt;br&gt;Community Development Department, Ministry of Interior&lt;br&gt;&lt;br&gt;Data folder: {folder}&lt;br&gt;Laksaman font (TLWG), GPL-2+ with font exception</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="36"/>
        <source>ยังไม่มีข้อมูลสำนักงาน</source>
        <translation>No office profile yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="48"/>
        <source>ปีงบประมาณ {fy} ({start} – {end}) · วันนี้ {today}</source>
        <translation>Fiscal year {fy} ({start} – {end}) · today {today}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="52"/>
        <source>&lt;b&gt;บุคลากร&lt;/b&gt; {all} คน (ปฏิบัติงานอยู่ {active} คน)</source>
        <translation>&lt;b&gt;Staff&lt;/b&gt; {all} people ({active} in service)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="54"/>
        <source>&lt;b&gt;เครื่องคอมพิวเตอร์&lt;/b&gt; {all} เครื่อง · สำรวจแล้วในปีงบประมาณนี้ {surveyed} เครื่อง · กำหนดส่งผลสำรวจ {deadline}</source>
        <translation>&lt;b&gt;Computers&lt;/b&gt; {all} · surveyed this fiscal year {surveyed} · survey deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="58"/>
        <source>&lt;b&gt;โปรแกรมป้องกันไวรัส&lt;/b&gt; ({product}) ครอบคลุม {covered} จาก {usable} เครื่องที่ใช้งานได้ = &lt;b&gt;ร้อยละ {percent}&lt;/b&gt; — </source>
        <translation>&lt;b&gt;Antivirus&lt;/b&gt; ({product}) covers {covered} of {usable} usable computers = &lt;b&gt;{percent} %&lt;/b&gt; — </translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="61"/>
        <location filename="../../ui/pages/registers.py" line="146"/>
        <source>ผ่านเกณฑ์ร้อยละ ๙๕</source>
        <translation>meets the 95 % bar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="62"/>
        <source>ต้องติดตั้งเพิ่มอีก {n} เครื่องจึงถึงร้อยละ ๙๕</source>
        <translation>{n} more installs needed to reach 95 %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="63"/>
        <source>&lt;b&gt;บัญชีผู้ใช้งานอินเทอร์เน็ต&lt;/b&gt; {n} บัญชี</source>
        <translation>&lt;b&gt;Internet accounts&lt;/b&gt; {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="64"/>
        <source> · เจ้าหน้าที่ที่ยังไม่มีบัญชี: {names}</source>
        <translation> · staff without an account: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="67"/>
        <source>CD Desk รุ่น {version} · ข้อมูลอยู่ที่ {folder}</source>
        <translation>CD Desk version {version} · data in {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="28"/>
        <source>จังหวัด</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="29"/>
        <source>— เลือกจังหวัด —</source>
        <translation>— choose a province —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="30"/>
        <source>อำเภอ</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="30"/>
        <location filename="../../ui/pages/profile_page.py" line="79"/>
        <source>— เลือกอำเภอ —</source>
        <translation>— choose a district —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="31"/>
        <source>ชื่อสำนักงาน</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="31"/>
        <source>เว้นว่างเพื่อใช้ สำนักงานพัฒนาชุมชนอำเภอ…</source>
        <translation>leave blank for สำนักงานพัฒนาชุมชนอำเภอ…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="32"/>
        <source>ที่อยู่</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="33"/>
        <location filename="../../ui/pages/registers.py" line="32"/>
        <location filename="../../ui/pages/registers.py" line="41"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="34"/>
        <location filename="../../ui/pages/registers.py" line="33"/>
        <location filename="../../ui/pages/registers.py" line="42"/>
        <source>อีเมล</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="35"/>
        <source>หัวหน้าสำนักงาน</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="36"/>
        <source>ตำแหน่งหัวหน้าสำนักงาน</source>
        <translation>Head of office&apos;s position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="37"/>
        <source>ผู้รับผิดชอบงานไอที</source>
        <translation>IT officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="38"/>
        <source>ตำแหน่งผู้รับผิดชอบงานไอที</source>
        <translation>IT officer&apos;s position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="39"/>
        <source>ปีงบประมาณที่ใช้ (พ.ศ.)</source>
        <translation>Fiscal year in use (B.E.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="41"/>
        <source>กำหนดส่งผลสำรวจเครื่องคอมพิวเตอร์</source>
        <translation>Computer survey deadline</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="42"/>
        <source>โปรแกรมป้องกันไวรัสที่กรมกำหนด</source>
        <translation>Antivirus prescribed by the Department</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="87"/>
        <location filename="../../ui/record_dialog.py" line="186"/>
        <source>มีข้อมูลที่ต้องแก้ไข ดูข้อความสีแดงใต้ช่องที่ระบุ</source>
        <translation>Some fields need fixing: see the red messages under them</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="103"/>
        <source>บันทึกข้อมูลสำนักงาน</source>
        <translation>Save office profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="117"/>
        <source>บันทึกแล้ว</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="128"/>
        <source>ยินดีต้อนรับสู่ CD Desk — ข้อมูลสำนักงาน</source>
        <translation>Welcome to CD Desk — office profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="130"/>
        <source>กรอกข้อมูลสำนักงานพัฒนาชุมชนอำเภอของท่านก่อนเริ่มใช้งาน ข้อมูลนี้ใช้ในหัวรายงานและช่องลงนามที่ส่งจังหวัด (แก้ไขภายหลังได้ที่หน้า ข้อมูลสำนักงาน)</source>
        <translation>Fill in your district office&apos;s details before you start. They appear in report headers and signature blocks sent to the province (you can change them later on the Office profile page).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="134"/>
        <source>บันทึกและเริ่มใช้งาน</source>
        <translation>Save and start</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="134"/>
        <source>ออก</source>
        <translation>Quit</translation>
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
        <location filename="../../ui/pages/register_page.py" line="135"/>
        <source>{shown} จาก {total} รายการ</source>
        <translation>{shown} of {total} records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="136"/>
        <source>{total} รายการ</source>
        <translation>{total} records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="171"/>
        <source>เพิ่ม{what}</source>
        <translation>Add {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="176"/>
        <source>แก้ไข{what}</source>
        <translation>Edit {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="183"/>
        <source>ลบ{what}</source>
        <translation>Delete {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="184"/>
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
        <source>ชื่อ-นามสกุล</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="30"/>
        <location filename="../../ui/pages/registers.py" line="40"/>
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
        <location filename="../../ui/pages/registers.py" line="64"/>
        <source>— ไม่ระบุ —</source>
        <translation>— none —</translation>
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
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="79"/>
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
        <location filename="../../ui/pages/registers.py" line="88"/>
        <location filename="../../ui/widgets/evidence_panel.py" line="113"/>
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
        <location filename="../../ui/pages/registers.py" line="146"/>
        <source>ยังไม่ถึงเกณฑ์ร้อยละ ๙๕</source>
        <translation>below the 95 % bar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="148"/>
        <source>&lt;b&gt;ความครอบคลุม ณ {at}&lt;/b&gt;: เครื่องที่ใช้งานได้ {usable} เครื่อง ติดตั้ง {product} ที่ใช้ได้ {covered} เครื่อง = &lt;b&gt;ร้อยละ {percent}&lt;/b&gt; ({verdict})</source>
        <translation>&lt;b&gt;Coverage on {at}&lt;/b&gt;: {usable} usable computers, {covered} with a valid {product} install = &lt;b&gt;{percent} %&lt;/b&gt; ({verdict})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="152"/>
        <source> — ยังขาด {n} เครื่อง:</source>
        <translation> — {n} still missing:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="162"/>
        <location filename="../../ui/pages/registers.py" line="177"/>
        <source>เจ้าหน้าที่</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="163"/>
        <source>ชื่อผู้ใช้ (username)</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="164"/>
        <location filename="../../ui/pages/registers.py" line="178"/>
        <source>ประเภทบัญชี</source>
        <translation>Account type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="165"/>
        <source>วันที่สร้างบัญชี</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="166"/>
        <source>วันที่ทบทวนล่าสุด</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="167"/>
        <location filename="../../ui/pages/registers.py" line="179"/>
        <source>ใช้งานอยู่</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="175"/>
        <source>ทะเบียนตรวจสอบสิทธิ์ผู้ใช้งานอินเทอร์เน็ต</source>
        <translation>Internet-authentication register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="177"/>
        <source>ชื่อผู้ใช้</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="178"/>
        <source>วันที่สร้าง</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="179"/>
        <source>ทบทวนล่าสุด</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/record_dialog.py" line="147"/>
        <source>บันทึก</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="53"/>
        <location filename="../../ui/widgets/evidence_panel.py" line="81"/>
        <source>หลักฐานเชิงประจักษ์</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="58"/>
        <source>แนบไฟล์/รูปภาพ…</source>
        <translation>Attach file/photo…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="59"/>
        <source>แนบลิงก์…</source>
        <translation>Attach link…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="60"/>
        <source>เปิด</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="61"/>
        <source>ใช้ในรายการใด</source>
        <translation>Used by</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="62"/>
        <source>นำออก</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="112"/>
        <source>เลือกไฟล์หลักฐาน</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="118"/>
        <source>แนบไฟล์ไม่ได้</source>
        <translation>Cannot attach the file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="124"/>
        <source>แนบลิงก์</source>
        <translation>Attach a link</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="124"/>
        <source>ลิงก์ (เช่น โพสต์ Facebook หรือวิดีโอ YouTube):</source>
        <translation>Link (e.g. a Facebook post or a YouTube video):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="130"/>
        <source>แนบลิงก์ไม่ได้</source>
        <translation>Cannot attach the link</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="145"/>
        <source>ไฟล์นี้ใช้ในรายการใด</source>
        <translation>Records using this file</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="151"/>
        <source>นำหลักฐานออก</source>
        <translation>Remove evidence</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/evidence_panel.py" line="151"/>
        <source>นำหลักฐานนี้ออกจากรายการหรือไม่?</source>
        <translation>Remove this evidence from the record?</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="27"/>
        <source>วว/ดด/ปปปป (พ.ศ.)</source>
        <translation>dd/mm/yyyy (B.E.)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="29"/>
        <source>วันนี้</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="30"/>
        <source>ใส่วันที่วันนี้</source>
        <translation>Insert today&apos;s date</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="49"/>
        <source>ระบุวันที่ เช่น 13/02/2568</source>
        <translation>Enter a date, e.g. 13/02/2568</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/fields.py" line="83"/>
        <source>«{text}» ไม่ใช่ตัวเลข ใส่เฉพาะตัวเลข เช่น 8</source>
        <translation>«{text}» is not a number: enter digits only, e.g. 8</translation>
    </message>
</context>
</TS>
