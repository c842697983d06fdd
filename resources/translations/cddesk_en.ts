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
        <location filename="../../ui/import_wizard.py" line="37"/>
        <source>— ไม่นำเข้า —</source>
        <translation>— do not import —</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="51"/>
        <source>นำเข้าทะเบียนคอมพิวเตอร์จาก Excel</source>
        <translation>Import the computer register from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="62"/>
        <source>เลือกแผ่นงาน (sheet) ที่เป็นทะเบียนเครื่องคอมพิวเตอร์:</source>
        <translation>Choose the sheet that holds the computer register:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>คอลัมน์ในไฟล์</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>ตัวอย่างข้อมูล</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="69"/>
        <source>นำเข้าเป็น</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <source>แถว</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <location filename="../../ui/pages/province_pages/imports.py" line="140"/>
        <location filename="../../ui/pages/village_import.py" line="70"/>
        <source>ผล</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <location filename="../../ui/pages/registers.py" line="57"/>
        <location filename="../../ui/pages/registers.py" line="86"/>
        <location filename="../../ui/pages/registers.py" line="127"/>
        <source>เลขครุภัณฑ์</source>
        <translation>Asset number</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="73"/>
        <location filename="../../ui/pages/village_import.py" line="72"/>
        <source>รายละเอียด</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="82"/>
        <source>ย้อนกลับ</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="83"/>
        <location filename="../../ui/import_wizard.py" line="131"/>
        <source>ถัดไป</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="84"/>
        <location filename="../../ui/pages/package_page.py" line="180"/>
        <location filename="../../ui/pages/reports_page.py" line="163"/>
        <location filename="../../ui/record_dialog.py" line="152"/>
        <source>ยกเลิก</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="102"/>
        <source>เลือกไฟล์ทะเบียนคอมพิวเตอร์</source>
        <translation>Choose the computer register file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="103"/>
        <location filename="../../ui/pages/village_import.py" line="159"/>
        <location filename="../../ui/widgets/evidence_panel.py" line="115"/>
        <source>ทุกไฟล์</source>
        <translation>All files</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="115"/>
        <source>เปิดไฟล์ไม่ได้</source>
        <translation>Cannot open the file</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="118"/>
        <source>{name} ({rows} แถว)</source>
        <translation>{name} ({rows} rows)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="127"/>
        <source>ขั้นที่ ๑ จาก ๓: เลือกแผ่นงาน</source>
        <translation>Step 1 of 3: choose the sheet</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="127"/>
        <source>ขั้นที่ ๒ จาก ๓: จับคู่คอลัมน์ (ตรวจสอบสิ่งที่โปรแกรมเดาไว้)</source>
        <translation>Step 2 of 3: map the columns (check the program&apos;s guesses)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="128"/>
        <source>ขั้นที่ ๓ จาก ๓: ตรวจสอบข้อมูลทุกแถวก่อนนำเข้า</source>
        <translation>Step 3 of 3: check every row before importing</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="131"/>
        <location filename="../../ui/pages/province_pages/imports.py" line="50"/>
        <source>นำเข้า</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="157"/>
        <source>แถวแรก ๆ ของแผ่นงานนี้:</source>
        <translation>First rows of this sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="174"/>
        <source>พบข้อมูล {rows} แถว หัวตารางอยู่แถวที่ {header}</source>
        <translation>{rows} rows found; the header is on row {header}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="195"/>
        <source>มีปัญหา</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="197"/>
        <source>ซ้ำ (ไม่นำเข้า)</source>
        <translation>Duplicate (not imported)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="199"/>
        <source>พร้อมนำเข้า</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="214"/>
        <source> — แก้แถวที่มีปัญหาในไฟล์ Excel แล้วเปิดไฟล์อีกครั้ง (ยังไม่มีการบันทึกใด ๆ)</source>
        <translation> — fix the rows with problems in the Excel file and open it again (nothing has been saved)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="230"/>
        <source>กำลังนำเข้า {n} เครื่อง…</source>
        <translation>Importing {n} computers…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="244"/>
        <source>(ไม่มีการบันทึกใด ๆ)</source>
        <translation>(nothing has been saved)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="248"/>
        <location filename="../../ui/pages/village_import.py" line="303"/>
        <source>นำเข้าเสร็จแล้ว</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/titles.py" line="11"/>
        <source>หน้าแรก</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="167"/>
        <location filename="../../ui/pages/titles.py" line="12"/>
        <source>คะแนนประเมิน</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="101"/>
        <location filename="../../ui/pages/titles.py" line="13"/>
        <source>รายงาน</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/pages/titles.py" line="14"/>
        <source>ส่งจังหวัด</source>
        <translation>Send to province</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="101"/>
        <location filename="../../ui/pages/titles.py" line="15"/>
        <source>ข้อมูลสำนักงาน</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="26"/>
        <location filename="../../ui/pages/registers.py" line="43"/>
        <location filename="../../ui/pages/titles.py" line="16"/>
        <source>บุคลากร</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/titles.py" line="17"/>
        <source>ทะเบียนคอมพิวเตอร์</source>
        <translation>Computer register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="125"/>
        <location filename="../../ui/pages/titles.py" line="18"/>
        <source>โปรแกรมป้องกันไวรัส</source>
        <translation>Antivirus</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="27"/>
        <location filename="../../ui/pages/titles.py" line="19"/>
        <source>บัญชีผู้ใช้งานอินเทอร์เน็ต</source>
        <translation>Internet accounts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="220"/>
        <location filename="../../ui/pages/titles.py" line="20"/>
        <source>ผลงานรายเดือน</source>
        <translation>Monthly results</translation>
    </message>
    <message>
        <location filename="../../ui/pages/titles.py" line="21"/>
        <location filename="../../ui/pages/villages_page.py" line="70"/>
        <source>หมู่บ้านสารสนเทศ/ตำบลต้นแบบ</source>
        <translation>IT villages / model subdistricts</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>วันนี้ {date}</source>
        <translation>Today {date}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>แฟ้ม</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>นำเข้าทะเบียนคอมพิวเตอร์จาก Excel…</source>
        <translation>Import the computer register from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197"/>
        <source>สำรองข้อมูลทั้งหมดเป็นไฟล์เดียว (ย้ายเครื่อง/USB)…</source>
        <translation>Back up everything into one file (new PC/USB)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="198"/>
        <source>กู้คืนจากสำเนาสำรองอัตโนมัติ…</source>
        <translation>Restore an automatic backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="199"/>
        <source>กู้คืนจากไฟล์สำรอง (ย้ายเครื่อง)…</source>
        <translation>Restore from a backup file (new PC)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="205"/>
        <source>ออกจากโปรแกรม</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="210"/>
        <source>ตั้งค่า</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="211"/>
        <source>รูปแบบวันที่</source>
        <translation>Date format</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="214"/>
        <source>เลขไทย ปีเต็ม (๑๓ ก.พ. ๒๕๖๘)</source>
        <translation>Thai digits, full year (๑๓ ก.พ. ๒๕๖๘)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="215"/>
        <source>เลขอารบิก ปีย่อ (13 ก.พ. 68)</source>
        <translation>Arabic digits, short year (13 ก.พ. 68)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="222"/>
        <source>พิมพ์รายงานด้วยเลขไทย</source>
        <translation>Print reports with Thai digits</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>โหมดจังหวัด (ตรวจและรวมผลของอำเภอ)…</source>
        <translation>Province mode (verify and consolidate districts)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="231"/>
        <location filename="../../ui/main_window.py" line="408"/>
        <source>ภาษา (Language)</source>
        <translation>Language (ภาษา)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="243"/>
        <source>ช่วยเหลือ</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="244"/>
        <location filename="../../ui/main_window.py" line="414"/>
        <source>เกี่ยวกับ CD Desk</source>
        <translation>About CD Desk</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="262"/>
        <source>โหมดจังหวัด</source>
        <translation>Province mode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="263"/>
        <source>จังหวัดที่สำนักงานนี้ตรวจและรวมผล:</source>
        <translation>The province this office verifies and consolidates:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="287"/>
        <source>บันทึกไฟล์สำรอง</source>
        <translation>Save the backup file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="288"/>
        <location filename="../../ui/main_window.py" line="322"/>
        <source>ไฟล์สำรอง CD Desk (*{suffix})</source>
        <translation>CD Desk backup (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291"/>
        <source>กำลังสำรองข้อมูล…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>สำรองข้อมูลไม่สำเร็จ</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>สำรองข้อมูลแล้ว</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>บันทึกฐานข้อมูลและไฟล์หลักฐานทั้งหมดไว้ที่ {path}</source>
        <translation>Saved the database and every evidence file to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321"/>
        <source>เลือกไฟล์สำรอง</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327"/>
        <source>กู้คืนข้อมูล</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328"/>
        <source>แทนข้อมูลปัจจุบันด้วยข้อมูลที่เลือก? ข้อมูลปัจจุบันจะเก็บสำเนาไว้ก่อน แล้วหน้าต่างจะเปิดใหม่</source>
        <translation>Replace the current data with the chosen backup? A copy of the current data is kept first, then the window opens again</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <location filename="../../ui/main_window.py" line="387"/>
        <location filename="../../ui/pages/home_page.py" line="55"/>
        <source>{office} จังหวัด{province}</source>
        <translation>{office}, {province} province</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <location filename="../../ui/page_stack.py" line="20"/>
        <source>กำลังเปิดข้อมูล…</source>
        <translation>Opening the data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="409"/>
        <source>จะใช้ภาษาที่เลือกเมื่อเปิดโปรแกรมครั้งถัดไป</source>
        <translation>The chosen language applies the next time CD Desk starts.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="415"/>
        <source>&lt;b&gt;{app}&lt;/b&gt; รุ่น {version}&lt;br&gt;โปรแกรมบันทึกงานเทคโนโลยีสารสนเทศของสำนักงานพัฒนาชุมชนอำเภอ&lt;br&gt;กรมการพัฒนาชุมชน กระทรวงมหาดไทย&lt;br&gt;&lt;br&gt;โฟลเดอร์ข้อมูล: {folder}&lt;br&gt;แบบอักษร Laksaman (TLWG) สัญญาอนุญาต GPL-2+ พร้อมข้อยกเว้นสำหรับฟอนต์</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; version {version}&lt;br&gt;IT work records for district Community Development offices&lt;br&gt;Community Development Department, Ministry of Interior&lt;br&gt;&lt;br&gt;Data folder: {folder}&lt;br&gt;Laksaman font (TLWG), GPL-2+ with font exception</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="53"/>
        <source>ยังไม่มีข้อมูลสำนักงาน</source>
        <translation>No office profile yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="63"/>
        <source>ปีงบประมาณ {fy} ({start} – {end}) · วันนี้ {today}</source>
        <translation>Fiscal year {fy} ({start} – {end}) · today {today}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="67"/>
        <source>&lt;b&gt;บุคลากร&lt;/b&gt; {all} คน (ปฏิบัติงานอยู่ {active} คน)</source>
        <translation>&lt;b&gt;Staff&lt;/b&gt; {all} people ({active} in service)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="69"/>
        <source>&lt;b&gt;เครื่องคอมพิวเตอร์&lt;/b&gt; {all} เครื่อง · สำรวจแล้วในปีงบประมาณนี้ {surveyed} เครื่อง · กำหนดส่งผลสำรวจ {deadline}</source>
        <translation>&lt;b&gt;Computers&lt;/b&gt; {all} · surveyed this fiscal year {surveyed} · survey deadline {deadline}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="73"/>
        <source>&lt;b&gt;โปรแกรมป้องกันไวรัส&lt;/b&gt; ({product}) ครอบคลุม {covered} จาก {usable} เครื่องที่ใช้งานได้ = &lt;b&gt;ร้อยละ {percent}&lt;/b&gt; — </source>
        <translation>&lt;b&gt;Antivirus&lt;/b&gt; ({product}) covers {covered} of {usable} usable computers = &lt;b&gt;{percent} %&lt;/b&gt; — </translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="76"/>
        <location filename="../../ui/pages/registers.py" line="153"/>
        <source>ผ่านเกณฑ์ร้อยละ ๙๕</source>
        <translation>meets the 95 % bar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="77"/>
        <source>ต้องติดตั้งเพิ่มอีก {n} เครื่องจึงถึงร้อยละ ๙๕</source>
        <translation>{n} more installs needed to reach 95 %</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="78"/>
        <source>&lt;b&gt;บัญชีผู้ใช้งานอินเทอร์เน็ต&lt;/b&gt; {n} บัญชี</source>
        <translation>&lt;b&gt;Internet accounts&lt;/b&gt; {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="79"/>
        <source> · เจ้าหน้าที่ที่ยังไม่มีบัญชี: {names}</source>
        <translation> · staff without an account: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="83"/>
        <source>CD Desk รุ่น {version} · ข้อมูลอยู่ที่ {folder}</source>
        <translation>CD Desk version {version} · data in {folder}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="96"/>
        <source>&lt;b&gt;{rubric}&lt;/b&gt;: {got} จาก {top} คะแนน ณ วันนี้ (รายละเอียดที่หน้า คะแนนประเมิน)</source>
        <translation>&lt;b&gt;{rubric}&lt;/b&gt;: {got} of {top} points as of today (details on the Scores page)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home_page.py" line="99"/>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;กิจกรรมในปีงบประมาณนี้ {n} รายการยังไม่มีหลักฐาน จึงยังไม่นับคะแนน&lt;/span&gt; (ดูหน้า ผลงานรายเดือน)</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;{n} activities of this fiscal year have no evidence yet and do not count&lt;/span&gt; (see the Monthly work page)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="29"/>
        <location filename="../../ui/pages/village_import.py" line="47"/>
        <location filename="../../ui/pages/villages_page.py" line="91"/>
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
        <location filename="../../ui/pages/province_pages/consolidated.py" line="64"/>
        <location filename="../../ui/pages/province_pages/districts.py" line="49"/>
        <location filename="../../ui/pages/province_pages/imports.py" line="140"/>
        <location filename="../../ui/pages/village_import.py" line="47"/>
        <location filename="../../ui/pages/village_import.py" line="70"/>
        <location filename="../../ui/pages/villages_page.py" line="92"/>
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
        <location filename="../../ui/pages/registers.py" line="37"/>
        <location filename="../../ui/pages/registers.py" line="46"/>
        <location filename="../../cddesk/kinds.py" line="418"/>
        <source>โทรศัพท์</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/profile_page.py" line="35"/>
        <location filename="../../ui/pages/registers.py" line="38"/>
        <location filename="../../ui/pages/registers.py" line="47"/>
        <location filename="../../cddesk/kinds.py" line="419"/>
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
        <location filename="../../ui/pages/register_page.py" line="69"/>
        <source>เพิ่ม</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="70"/>
        <location filename="../../ui/pages/survey_page.py" line="327"/>
        <source>แก้ไข</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="71"/>
        <location filename="../../ui/pages/survey_page.py" line="328"/>
        <source>ลบ</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="73"/>
        <source>เพิ่มรายการใหม่ (Ctrl+N)</source>
        <translation>Add a new record (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="75"/>
        <source>ค้นหา… (พิมพ์คำใดก็ได้ในแถว)</source>
        <translation>Search… (any word in the row)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="174"/>
        <source>กำลังเตรียมการค้นหา… ({total} รายการ)</source>
        <translation>Preparing the search… ({total} records)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="177"/>
        <source>{shown} จาก {total} รายการ</source>
        <translation>{shown} of {total} records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="178"/>
        <source>{total} รายการ</source>
        <translation>{total} records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="216"/>
        <location filename="../../ui/pages/role_model_page.py" line="78"/>
        <source>เพิ่ม{what}</source>
        <translation>Add {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="221"/>
        <source>แก้ไข{what}</source>
        <translation>Edit {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="228"/>
        <source>ลบ{what}</source>
        <translation>Delete {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/register_page.py" line="229"/>
        <source>ลบ «{record}» และหลักฐานที่แนบไว้หรือไม่?
การลบนี้ย้อนกลับไม่ได้</source>
        <translation>Delete «{record}» and its attached evidence?
This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="26"/>
        <location filename="../../ui/pages/registers.py" line="114"/>
        <source>เครื่องคอมพิวเตอร์</source>
        <translation>computer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="27"/>
        <source>การติดตั้งโปรแกรมป้องกันไวรัส</source>
        <translation>antivirus install</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="34"/>
        <location filename="../../ui/pages/registers.py" line="45"/>
        <location filename="../../cddesk/kinds.py" line="401"/>
        <source>ชื่อ-นามสกุล</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="35"/>
        <location filename="../../ui/pages/registers.py" line="45"/>
        <location filename="../../cddesk/kinds.py" line="417"/>
        <source>ตำแหน่ง</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="35"/>
        <source>เช่น นักวิชาการพัฒนาชุมชน</source>
        <translation>e.g. Community Development Technical Officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="36"/>
        <location filename="../../ui/pages/registers.py" line="46"/>
        <location filename="../../ui/pages/village_import.py" line="72"/>
        <location filename="../../ui/pages/villages_page.py" line="89"/>
        <location filename="../../ui/pages/villages_page.py" line="241"/>
        <source>ระดับ</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="36"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="39"/>
        <location filename="../../ui/pages/registers.py" line="47"/>
        <location filename="../../cddesk/kinds.py" line="420"/>
        <source>LINE ID</source>
        <translation>LINE ID</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="40"/>
        <location filename="../../ui/pages/registers.py" line="48"/>
        <source>ปฏิบัติงานอยู่</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="57"/>
        <source>เช่น 7440-001-0001/68</source>
        <translation>e.g. 7440-001-0001/68</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="58"/>
        <location filename="../../ui/pages/registers.py" line="87"/>
        <location filename="../../cddesk/kinds.py" line="296"/>
        <location filename="../../cddesk/kinds.py" line="326"/>
        <location filename="../../cddesk/kinds.py" line="377"/>
        <source>ประเภท</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="59"/>
        <location filename="../../ui/pages/registers.py" line="89"/>
        <source>ยี่ห้อ</source>
        <translation>Brand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="59"/>
        <location filename="../../ui/pages/registers.py" line="89"/>
        <source>รุ่น</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="60"/>
        <source>หมายเลขเครื่อง (S/N)</source>
        <translation>Serial number (S/N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="61"/>
        <source>หน่วยประมวลผล (CPU)</source>
        <translation>Processor (CPU)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="62"/>
        <source>หน่วยความจำ (GB)</source>
        <translation>Memory (GB)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="63"/>
        <source>ความจุดิสก์ (GB)</source>
        <translation>Disk capacity (GB)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="64"/>
        <location filename="../../ui/pages/registers.py" line="90"/>
        <source>ระบบปฏิบัติการ</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="64"/>
        <source>เช่น Windows 11 Pro</source>
        <translation>e.g. Windows 11 Pro</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="65"/>
        <source>รุ่นระบบปฏิบัติการ</source>
        <translation>OS version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="66"/>
        <location filename="../../ui/pages/registers.py" line="95"/>
        <source>วันที่ได้มา</source>
        <translation>Acquired on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="67"/>
        <source>แหล่งงบประมาณ</source>
        <translation>Budget source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="68"/>
        <location filename="../../ui/pages/registers.py" line="94"/>
        <source>สถานที่ตั้ง</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="69"/>
        <location filename="../../ui/pages/registers.py" line="94"/>
        <source>ผู้รับผิดชอบ</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="47"/>
        <source>ยังไม่มีหลักฐาน — ไม่นับคะแนน</source>
        <translation>No evidence yet — not scored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="64"/>
        <location filename="../../ui/pages/registers.py" line="69"/>
        <source>— ไม่ระบุ —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="82"/>
        <source>นอกปีงบประมาณที่ใช้อยู่</source>
        <translation>Outside the fiscal year in use</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="106"/>
        <source>เฉพาะที่ยังไม่มีหลักฐาน</source>
        <translation>Only records without evidence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="114"/>
        <location filename="../../ui/pages/role_model_page.py" line="61"/>
        <source>ช่วงเวลา:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="118"/>
        <source>ทุก{what}</source>
        <translation>Any {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="144"/>
        <source>ปีงบประมาณ {fy}</source>
        <translation>Fiscal year {fy}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="144"/>
        <source>ทุกช่วงเวลา</source>
        <translation>All periods</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="224"/>
        <location filename="../../ui/widgets/period.py" line="18"/>
        <source>ปีงบประมาณ </source>
        <translation>Fiscal year </translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="228"/>
        <source>ตัวเลข = จำนวนรายการในเดือน · (ตัวเลขสีแดงในวงเล็บ) = รายการที่ยังไม่มีหลักฐาน จึงยังไม่นับคะแนน · ดับเบิลคลิกช่องเพื่อเปิดรายการของเดือนนั้น</source>
        <translation>Number = records in the month · (red number in brackets) = records without evidence yet, so not scored yet · double-click a cell to open that month&apos;s records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="250"/>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="64"/>
        <source>รวม</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="268"/>
        <source>{n} รายการยังไม่มีหลักฐาน จึงยังไม่นับคะแนน</source>
        <translation>{n} record(s) without evidence yet, so not scored yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="70"/>
        <source>ชื่อเครื่อง (Hostname)</source>
        <translation>Computer name (hostname)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="71"/>
        <source>IP address</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="71"/>
        <source>เช่น 192.168.1.10</source>
        <translation>e.g. 192.168.1.10</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="72"/>
        <source>MAC address</source>
        <translation>MAC address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="72"/>
        <source>เช่น 00:1A:2B:3C:4D:5E</source>
        <translation>e.g. 00:1A:2B:3C:4D:5E</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="92"/>
        <location filename="../../ui/pages/registers.py" line="73"/>
        <location filename="../../ui/pages/registers.py" line="92"/>
        <source>สถานะ</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="74"/>
        <location filename="../../ui/pages/registers.py" line="95"/>
        <source>วันที่สำรวจ</source>
        <translation>Surveyed on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="75"/>
        <location filename="../../ui/pages/registers.py" line="121"/>
        <location filename="../../ui/pages/survey_page.py" line="227"/>
        <location filename="../../ui/pages/villages_page.py" line="84"/>
        <location filename="../../ui/pages/villages_page.py" line="96"/>
        <location filename="../../cddesk/kinds.py" line="290"/>
        <source>หมายเหตุ</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="84"/>
        <location filename="../../cddesk/reports/__init__.py" line="65"/>
        <source>ทะเบียนเครื่องคอมพิวเตอร์</source>
        <translation>Computer register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="89"/>
        <source>S/N</source>
        <translation>S/N</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="90"/>
        <source>ชื่อเครื่อง</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="91"/>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="91"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="90"/>
        <location filename="../../ui/pages/registers.py" line="96"/>
        <location filename="../../ui/widgets/evidence_panel.py" line="115"/>
        <source>หลักฐาน</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="102"/>
        <source>ตรวจหาเครื่องนี้</source>
        <translation>Detect this computer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="103"/>
        <source>กรอกข้อมูลเครื่องคอมพิวเตอร์ที่ใช้งานโปรแกรมนี้อยู่โดยอัตโนมัติ</source>
        <translation>Fill in the details of the computer this program runs on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="104"/>
        <source>นำเข้าจาก Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="115"/>
        <location filename="../../ui/pages/registers.py" line="127"/>
        <source>โปรแกรม</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="116"/>
        <location filename="../../ui/pages/registers.py" line="128"/>
        <source>เวอร์ชัน</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="117"/>
        <location filename="../../ui/pages/registers.py" line="128"/>
        <source>วันที่ติดตั้ง</source>
        <translation>Installed on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="118"/>
        <source>วันหมดอายุใบอนุญาต</source>
        <translation>Licence expires</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="119"/>
        <source>อัปเดตฐานข้อมูลไวรัสล่าสุด</source>
        <translation>Definitions last updated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="120"/>
        <location filename="../../ui/pages/registers.py" line="130"/>
        <source>ผู้ติดตั้ง</source>
        <translation>Installed by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="129"/>
        <source>หมดอายุ</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="129"/>
        <source>อัปเดตล่าสุด</source>
        <translation>Last update</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="130"/>
        <source>ใช้ได้ตามเกณฑ์</source>
        <translation>Meets the rule</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="153"/>
        <source>ยังไม่ถึงเกณฑ์ร้อยละ ๙๕</source>
        <translation>below the 95 % bar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="155"/>
        <source>&lt;b&gt;ความครอบคลุม ณ {at}&lt;/b&gt;: เครื่องที่ใช้งานได้ {usable} เครื่อง ติดตั้ง {product} ที่ใช้ได้ {covered} เครื่อง = &lt;b&gt;ร้อยละ {percent}&lt;/b&gt; ({verdict})</source>
        <translation>&lt;b&gt;Coverage on {at}&lt;/b&gt;: {usable} usable computers, {covered} with a valid {product} install = &lt;b&gt;{percent} %&lt;/b&gt; ({verdict})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="159"/>
        <source> — ยังขาด {n} เครื่อง:</source>
        <translation> — {n} still missing:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="165"/>
        <source>… และอีก {n} เครื่อง (ดูทั้งหมดในรายงานการติดตั้งโปรแกรมป้องกันไวรัส ที่หน้า รายงาน)</source>
        <translation>… and {n} more (all of them in the antivirus installation report, on the Reports page)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="172"/>
        <location filename="../../ui/pages/registers.py" line="187"/>
        <location filename="../../cddesk/kind_choices.py" line="59"/>
        <source>เจ้าหน้าที่</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="173"/>
        <source>ชื่อผู้ใช้ (username)</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="174"/>
        <location filename="../../ui/pages/registers.py" line="188"/>
        <source>ประเภทบัญชี</source>
        <translation>Account type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="175"/>
        <source>วันที่สร้างบัญชี</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="176"/>
        <source>วันที่ทบทวนล่าสุด</source>
        <translation>Last reviewed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="177"/>
        <location filename="../../ui/pages/registers.py" line="189"/>
        <source>ใช้งานอยู่</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="185"/>
        <source>ทะเบียนตรวจสอบสิทธิ์ผู้ใช้งานอินเทอร์เน็ต</source>
        <translation>Internet-authentication register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="187"/>
        <source>ชื่อผู้ใช้</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="188"/>
        <source>วันที่สร้าง</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="189"/>
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
        <location filename="../../cddesk/kind_choices.py" line="25"/>
        <source>เข้าร่วม Session Call</source>
        <translation>Attended a Session Call</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="26"/>
        <source>เข้าร่วมประชุมทางไกลผ่านอินเทอร์เน็ตของกรม (Conference)</source>
        <translation>Attended a CDD online conference (Conference)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="27"/>
        <source>จัดประชุมผ่าน Cisco WebEx</source>
        <translation>Hosted a meeting on Cisco WebEx</translation>
    </message>
    <message>
        <location filename="../../ui/pages/titles.py" line="22"/>
        <source>สำรวจความต้องการฝึกอบรม</source>
        <translation>Training needs survey</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="57"/>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="123"/>
        <source>ยังไม่มีแบบสอบถามที่ให้คะแนน</source>
        <translation>No rated questionnaires yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="148"/>
        <source>เว้นว่าง (ไม่ได้ตอบ)</source>
        <translation>Left blank (not answered)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="173"/>
        <source>วันที่ตอบ</source>
        <translation>Date answered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="178"/>
        <source>ตอนที่ 1 สถานภาพส่วนตัวของผู้ตอบ</source>
        <translation>Part 1: About the respondent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="185"/>
        <source>ไม่ระบุ</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="195"/>
        <source>ตอนที่ 2 ระดับความต้องการฝึกอบรมและการรับรู้ข้อมูลข่าวสาร</source>
        <translation>Part 2: Need for training and information</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="197"/>
        <source>&lt;b&gt;ข้อ&lt;/b&gt;</source>
        <translation>&lt;b&gt;No.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="198"/>
        <source>&lt;b&gt;หัวข้อ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Topic&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="203"/>
        <source>&lt;b&gt;เว้นว่าง&lt;/b&gt;</source>
        <translation>&lt;b&gt;Blank&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="217"/>
        <location filename="../../cddesk/kind_choices.py" line="28"/>
        <location filename="../../cddesk/kind_choices.py" line="34"/>
        <location filename="../../cddesk/kind_choices.py" line="47"/>
        <location filename="../../cddesk/kind_choices.py" line="99"/>
        <source>อื่น ๆ</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="219"/>
        <source>อื่น ๆ โปรดระบุ</source>
        <translation>Other (please specify)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="287"/>
        <source>พิมพ์แบบสอบถามเปล่า…</source>
        <translation>Print blank questionnaire…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="288"/>
        <source>ส่งออกผลสำรวจ (PDF/Excel)…</source>
        <translation>Export survey result (PDF/Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="302"/>
        <source>บันทึกแบบสอบถาม</source>
        <translation>Save questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="304"/>
        <source>ล้างแบบฟอร์ม (ฉบับใหม่)</source>
        <translation>Clear form (new questionnaire)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="324"/>
        <source>เพศ</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="324"/>
        <source>อายุ</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="324"/>
        <source>ระดับตำแหน่ง</source>
        <translation>Position level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="324"/>
        <source>สังกัด</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="325"/>
        <source>ตอบ (ข้อ)</source>
        <translation>Answered (items)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="332"/>
        <source>หัวข้อ</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="332"/>
        <source>ผู้ตอบ</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="332"/>
        <source>ระดับ 5</source>
        <translation>Level 5</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="332"/>
        <source>ค่าเฉลี่ย</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="339"/>
        <source>เรียงตามค่าเฉลี่ยจากมากไปหาน้อย ค่าเฉลี่ยเท่ากัน: ระดับ 5 มากกว่าอยู่ก่อน แล้วตามลำดับข้อในแบบสอบถาม · ช่องที่เว้นว่างไม่นับ</source>
        <translation>Ranked by mean, highest first; equal means: more level-5 ratings first, then questionnaire order · blanks are not counted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="347"/>
        <source>&lt;b&gt;แบบสอบถามที่บันทึกแล้ว&lt;/b&gt;</source>
        <translation>&lt;b&gt;Saved questionnaires&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="357"/>
        <source>&lt;b&gt;ลำดับความต้องการ&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ranking of needs&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="395"/>
        <source>{n} ฉบับ</source>
        <translation>{n} questionnaires</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="400"/>
        <source>ไม่มีผู้ให้คะแนน</source>
        <translation>Nobody rated it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="425"/>
        <source>บันทึกแบบสอบถามวันที่ {date} แล้ว</source>
        <translation>Questionnaire of {date} saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="445"/>
        <source>ลบแบบสอบถาม</source>
        <translation>Delete questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="446"/>
        <source>ลบแบบสอบถามวันที่ {date} หรือไม่? การลบนี้ย้อนกลับไม่ได้</source>
        <translation>Delete the questionnaire of {date}? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="456"/>
        <source>บันทึกแบบสอบถามเปล่า</source>
        <translation>Save blank questionnaire</translation>
    </message>
    <message>
        <location filename="../../ui/pages/survey_page.py" line="456"/>
        <source>บันทึกผลสำรวจความต้องการฝึกอบรม</source>
        <translation>Save training needs result</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="31"/>
        <source>สร้างความตระหนักด้านความมั่นคงปลอดภัยสารสนเทศ</source>
        <translation>IT-security awareness</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="32"/>
        <source>สร้างความรู้การใช้เครื่องมือด้าน IT ของกรม</source>
        <translation>Training in the CDD&apos;s IT tools</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="33"/>
        <source>ขับเคลื่อน Click ชุมชน</source>
        <translation>Driving Click Chumchon</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="37"/>
        <source>F1 อบรม/ประชุมสร้างความตระหนัก</source>
        <translation>F1 Awareness training/meeting</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="38"/>
        <source>F2 จัดทำคู่มือ/อินโฟกราฟิก/วิดีโอ</source>
        <translation>F2 Manual/infographic/video</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="39"/>
        <source>F3 ติดตาม/แก้ไขปัญหา ณ สำนักงานอำเภอ</source>
        <translation>F3 Follow-up/troubleshooting at the district office</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="42"/>
        <location filename="../../cddesk/kind_groups.py" line="19"/>
        <source>Click ชุมชน</source>
        <translation>Click Chumchon</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="43"/>
        <source>Smart bmn (จปฐ.)</source>
        <translation>Smart bmn (BMN survey)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="44"/>
        <source>CIA</source>
        <translation>CIA</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="45"/>
        <source>GIS</source>
        <translation>GIS</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="46"/>
        <source>ศูนย์ข้อมูลกลาง</source>
        <translation>Central data centre</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="50"/>
        <source>อบรม</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="51"/>
        <source>ประชุม</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="52"/>
        <source>แลกเปลี่ยนเรียนรู้</source>
        <translation>Knowledge exchange</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="53"/>
        <source>คู่มือ</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="54"/>
        <source>อินโฟกราฟิก</source>
        <translation>Infographic</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="55"/>
        <location filename="../../cddesk/kind_choices.py" line="86"/>
        <source>วิดีโอ</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="56"/>
        <source>ติดตาม/ลงพื้นที่</source>
        <translation>Follow-up/field visit</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="57"/>
        <source>สื่ออื่น ๆ</source>
        <translation>Other media</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="59"/>
        <source>ภาคีเครือข่าย</source>
        <translation>Network partners</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="61"/>
        <source>แต่งตั้งคณะกรรมการ/คณะทำงาน</source>
        <translation>Committee/working group appointed</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="62"/>
        <source>มอบหมายหน้าที่</source>
        <translation>Duties assigned</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="63"/>
        <source>ประชุมขับเคลื่อนงาน IT</source>
        <translation>IT steering meeting</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="66"/>
        <source>โครงสร้างบุคลากร</source>
        <translation>Staff structure</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="67"/>
        <source>ประกาศ/คำสั่ง</source>
        <translation>Announcements/orders</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="68"/>
        <source>งานบริการ</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="69"/>
        <source>ติดต่อเรา</source>
        <translation>Contact us</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="72"/>
        <source>กลุ่มออมทรัพย์เพื่อการผลิต</source>
        <translation>Savings groups for production</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="73"/>
        <source>โครงการแก้ไขปัญหาความยากจน (กข.คจ.)</source>
        <translation>Poverty Alleviation Project (กข.คจ.)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="74"/>
        <source>ผู้นำชุมชน</source>
        <translation>Community leaders</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="75"/>
        <source>กองทุนแม่ของแผ่นดิน</source>
        <translation>Mother of the Land Fund</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="76"/>
        <source>ยอดจำหน่ายผลิตภัณฑ์ OTOP</source>
        <translation>OTOP product sales</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="77"/>
        <source>แผนพัฒนาตำบล</source>
        <translation>Subdistrict development plan</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="80"/>
        <source>1 คัดเลือกตำบลเป้าหมายตามแนวทาง</source>
        <translation>1 Select the target subdistrict by the guidelines</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="81"/>
        <source>2 กำหนดประเด็นด้วยโปรแกรม CIA</source>
        <translation>2 Set the issues with the CIA program</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="82"/>
        <source>3 สรุปองค์ความรู้</source>
        <translation>3 Summarise the knowledge gained</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="83"/>
        <source>4 บันทึกในฐานข้อมูลกลาง</source>
        <translation>4 Record it in the central database</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="84"/>
        <source>5 เผยแพร่บทเรียน (PDF และวิดีโอ)</source>
        <translation>5 Publish the lessons (PDF and video)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="86"/>
        <source>เอกสาร PDF</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="88"/>
        <source>ทบทวนกลไก/แต่งตั้งคณะทำงาน</source>
        <translation>Mechanism reviewed/working group appointed</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="89"/>
        <source>รายงานสรุปผลต่อผู้บริหาร</source>
        <translation>Summary report to executives</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="92"/>
        <source>ร้านค้าสมัคร Shop ชุมชน</source>
        <translation>Shops registered on Shop Chumchon</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="93"/>
        <source>บันทึก/ปรับปรุง CDD พาเที่ยว</source>
        <translation>CDD Pha Thiao entries added/updated</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="94"/>
        <source>ยอดดาวน์โหลดแอป Click ชุมชน</source>
        <translation>Click Chumchon app downloads</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="97"/>
        <source>เว็บไซต์</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="98"/>
        <source>วิทยุ</source>
        <translation>Radio</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="102"/>
        <source>1.1 กระบวนการพัฒนามาจากปัญหาจริงและมีส่วนร่วม</source>
        <translation>1.1 Developed from a real problem, with participation</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="103"/>
        <source>1.2 เป็นสิ่งใหม่ หรือปรับปรุงของเดิม</source>
        <translation>1.2 New, or an improvement on something existing</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="104"/>
        <source>2.1 ถ่ายทอดให้ภาคีหรือเจ้าหน้าที่</source>
        <translation>2.1 Passed on to partners or staff</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="105"/>
        <source>2.2 นำไปใช้จริงและมีเสียงตอบรับจากผู้ใช้</source>
        <translation>2.2 Put to real use, with feedback from users</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="106"/>
        <source>2.3 มีแผนการพัฒนาต่อที่เป็นไปได้</source>
        <translation>2.3 Has a feasible plan for further development</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="50"/>
        <source>กู้คืนจากสำเนาสำรอง</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="54"/>
        <location filename="../../ui/pages/survey_page.py" line="324"/>
        <location filename="../../cddesk/kinds.py" line="291"/>
        <source>วันที่</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="54"/>
        <source>จำนวนรายการ</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="54"/>
        <location filename="../../ui/pages/province_pages/imports.py" line="140"/>
        <source>ไฟล์</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="60"/>
        <source>เสียหาย ใช้กู้คืนไม่ได้</source>
        <translation>Damaged, cannot be restored</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="67"/>
        <source>ก่อนกู้คืน โปรแกรมจะเก็บสำเนาของข้อมูลปัจจุบันไว้ในโฟลเดอร์ backups เสมอ แล้วเปิดหน้าต่างใหม่บนข้อมูลที่กู้คืน</source>
        <translation>Before restoring, the program always keeps a copy of the current data in the backups folder, then opens the window again on the restored data</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="71"/>
        <source>กู้คืน</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="72"/>
        <location filename="../../ui/pages/province_pages/district_dialog.py" line="88"/>
        <location filename="../../ui/pages/village_import.py" line="116"/>
        <source>ปิด</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="80"/>
        <source>ยังไม่มีสำเนาสำรอง (โปรแกรมสำรองให้ทุกครั้งที่เปิดและปิด)</source>
        <translation>No backups yet (the program makes one at every start and close)</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="97"/>
        <location filename="../../ui/backup_dialogs.py" line="103"/>
        <source>ฐานข้อมูลเสียหาย</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="98"/>
        <source>ไฟล์ฐานข้อมูล {path} เสียหาย และยังไม่มีสำเนาสำรองที่ใช้ได้ หากมีไฟล์สำรองแบบไฟล์เดียว ให้กู้คืนด้วยคำสั่ง restore-portable</source>
        <translation>The database file {path} is damaged and there is no usable backup; if you have a one-file backup, restore it with the restore-portable command</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialogs.py" line="104"/>
        <source>ไฟล์ฐานข้อมูลเสียหาย เปิดไม่ได้
กู้คืนจากสำเนาสำรองล่าสุดที่ใช้ได้ ({when}: {counts}) หรือไม่?
ไฟล์ที่เสียหายจะเก็บไว้ในโฟลเดอร์ backups</source>
        <translation>The database file is damaged and cannot be opened.
Restore the latest usable backup ({when}: {counts})?
The damaged file is kept in the backups folder</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="113"/>
        <source>1.1 วิสัยทัศน์ พันธกิจ ประเด็นยุทธศาสตร์ หน้าที่ความรับผิดชอบ</source>
        <translation>1.1 Vision, mission, strategic issues, responsibilities</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="114"/>
        <source>1.2 โครงสร้าง อำนาจหน้าที่ อัตรากำลัง ผู้บริหาร</source>
        <translation>1.2 Structure, authority, staffing, executives</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="115"/>
        <source>1.3 ข้อมูลติดต่อ (ที่อยู่ โทรศัพท์ โทรสาร อีเมล Facebook ผู้ดูแลเว็บไซต์)</source>
        <translation>1.3 Contact details (address, phone, fax, e-mail, Facebook, webmaster)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="116"/>
        <source>1.4 ข้อมูลการให้บริการที่สำคัญของหน่วยงาน</source>
        <translation>1.4 The office&apos;s key services</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="117"/>
        <source>1.5 บทความ กรณีศึกษา องค์ความรู้จากการปฏิบัติงาน</source>
        <translation>1.5 Articles, case studies and know-how from the work</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="118"/>
        <source>2.1 โคก หนอง นา โมเดล</source>
        <translation>2.1 Khok Nong Na model</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="119"/>
        <source>2.2 หมู่บ้านเศรษฐกิจพอเพียง</source>
        <translation>2.2 Sufficiency-economy villages</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="120"/>
        <source>2.3 แผนปฏิบัติการ 90 วัน ปลูกผักสวนครัวเพื่อสร้างความมั่นคงทางอาหาร</source>
        <translation>2.3 90-day kitchen-garden plan for food security</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="121"/>
        <source>2.4 หนึ่งตำบลหนึ่งผลิตภัณฑ์ OTOP</source>
        <translation>2.4 One Tambon One Product (OTOP)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="122"/>
        <source>2.5 ชุมชนท่องเที่ยว OTOP นวัตวิถี</source>
        <translation>2.5 OTOP Nawatwithi tourism communities</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="123"/>
        <source>2.6 ข้อมูล จปฐ./กชช. 2ค</source>
        <translation>2.6 BMN / KChCh 2K data</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="124"/>
        <source>2.7 กลุ่มออมทรัพย์เพื่อการผลิต</source>
        <translation>2.7 Savings groups for production</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="125"/>
        <source>2.8 โครงการแก้ไขปัญหาความยากจน (กข.คจ.)</source>
        <translation>2.8 Poverty alleviation project (KKh.KhJ.)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="126"/>
        <source>2.9 สัมมาชีพชุมชน</source>
        <translation>2.9 Community livelihoods (Sammachip)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="127"/>
        <source>2.10 กองทุนพัฒนาบทบาทสตรี</source>
        <translation>2.10 Women&apos;s Development Fund</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="128"/>
        <source>3.1 เว็บลิงก์กรมการพัฒนาชุมชน สำนัก/กอง/ศูนย์</source>
        <translation>3.1 Links to the CDD and its bureaus, divisions and centres</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="129"/>
        <source>3.2 เว็บลิงก์สำนักงานพัฒนาชุมชนจังหวัด</source>
        <translation>3.2 Link to the provincial CD office</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="130"/>
        <source>3.3 เว็บลิงก์หน่วยงานภายนอกที่เกี่ยวข้อง</source>
        <translation>3.3 Links to related external agencies</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="131"/>
        <source>4.1 ข่าวกิจกรรมประชาสัมพันธ์หน่วยงานอย่างต่อเนื่อง</source>
        <translation>4.1 Activity news published continuously</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="132"/>
        <source>4.2 ประกาศ หนังสือสั่งการ</source>
        <translation>4.2 Announcements and orders</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="133"/>
        <source>4.3 ข้อมูลสำหรับดาวน์โหลดเป็นปัจจุบัน</source>
        <translation>4.3 Downloads kept current</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="137"/>
        <source>(1) พัฒนา ปรับปรุง แก้ไขเว็บไซต์</source>
        <translation>(1) Website development and upkeep</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="138"/>
        <source>(2) สื่อประชาสัมพันธ์ (จดหมายข่าว คลิปวิดีโอ อินโฟกราฟิก โบรชัวร์ แผ่นพับ)</source>
        <translation>(2) Publicity media (newsletter, video clip, infographic, brochure, leaflet)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="139"/>
        <source>(3) ช่องทางสื่อสังคมออนไลน์ (Facebook, LINE, YouTube, TikTok)</source>
        <translation>(3) Social-media channels (Facebook, LINE, YouTube, TikTok)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_choices.py" line="140"/>
        <source>(4) ประยุกต์ใช้โปรแกรมสำเร็จรูป/แอปพลิเคชัน (Office, Photoshop, Google Docs/Sheets, แอปมือถือ)</source>
        <translation>(4) Applied software and apps (Office, Photoshop, Google Docs/Sheets, mobile apps)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_groups.py" line="14"/>
        <source>ประชุมออนไลน์</source>
        <translation>Online meetings</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="307"/>
        <location filename="../../cddesk/kind_groups.py" line="15"/>
        <source>อบรมและสร้างความตระหนัก</source>
        <translation>Training and awareness</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_groups.py" line="16"/>
        <source>กลไกบริหารงาน IT และเว็บไซต์</source>
        <translation>IT governance and website</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_groups.py" line="17"/>
        <source>ข้อมูล จปฐ. และฐานข้อมูลกลาง</source>
        <translation>BMN survey and central database</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="444"/>
        <location filename="../../cddesk/kind_groups.py" line="18"/>
        <source>ตำบลต้นแบบสารสนเทศ</source>
        <translation>Model IT subdistrict</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_groups.py" line="20"/>
        <source>นวัตกรรม</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <location filename="../../cddesk/kind_groups.py" line="21"/>
        <source>คนต้นแบบ ไอที</source>
        <translation>IT role model</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="437"/>
        <location filename="../../cddesk/kind_groups.py" line="22"/>
        <source>ค่าเป้าหมายประจำปี</source>
        <translation>Annual targets</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="294"/>
        <source>การประชุมออนไลน์</source>
        <translation>Online meeting</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="298"/>
        <source>เวลาเริ่มประชุม</source>
        <translation>Meeting start time</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="299"/>
        <source>เวลาที่สำนักงานเข้าร่วม</source>
        <translation>Time the office joined</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="300"/>
        <source>เรื่อง/หัวข้อ</source>
        <translation>Subject/topic</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="301"/>
        <location filename="../../cddesk/kinds.py" line="314"/>
        <source>ผู้จัด</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="302"/>
        <location filename="../../cddesk/kinds.py" line="319"/>
        <source>จำนวนผู้เข้าร่วม (คน)</source>
        <translation>Participants (people)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="303"/>
        <source>ผู้เข้าร่วมจากสำนักงาน</source>
        <translation>Attendees from the office</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="304"/>
        <source>วันที่ได้รับหนังสือเชิญ</source>
        <translation>Invitation received on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="307"/>
        <source>กิจกรรมอบรม/สร้างความตระหนัก</source>
        <translation>training/awareness activity</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="309"/>
        <source>วัตถุประสงค์</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="310"/>
        <source>รูปแบบ (ด้านความปลอดภัย)</source>
        <translation>Format (security)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="311"/>
        <source>เครื่องมือ IT ที่ให้ความรู้</source>
        <translation>IT tools taught</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="312"/>
        <source>ลักษณะกิจกรรม</source>
        <translation>Activity type</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="313"/>
        <source>สำนักงานจัดเอง</source>
        <translation>Run by the office</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="316"/>
        <source>ชื่อกิจกรรม/สื่อ</source>
        <translation>Activity/media title</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="317"/>
        <source>สถานที่</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="318"/>
        <source>กลุ่มเป้าหมาย</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="320"/>
        <source>รายชื่อเจ้าหน้าที่ที่เข้าร่วม</source>
        <translation>Staff who took part</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="321"/>
        <source>ดาวน์โหลด Click ชุมชน (ครั้ง)</source>
        <translation>Click Chumchon downloads</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="324"/>
        <source>กลไกการบริหารงาน IT</source>
        <translation>IT governance action</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="328"/>
        <location filename="../../cddesk/kinds.py" line="379"/>
        <source>เรื่อง</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="329"/>
        <location filename="../../cddesk/kinds.py" line="380"/>
        <source>เลขที่คำสั่ง/หนังสือ</source>
        <translation>Order/letter number</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="329"/>
        <source>เช่น 12/2568</source>
        <translation>e.g. 12/2568</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="332"/>
        <source>การปรับปรุงเว็บไซต์</source>
        <translation>website update</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="332"/>
        <source>ปรับปรุงหมวดพื้นฐานของเว็บไซต์</source>
        <translation>Updates to the website&apos;s basic sections</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="334"/>
        <source>หมวด</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="335"/>
        <source>วันที่ปรับปรุง</source>
        <translation>Updated on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="336"/>
        <location filename="../../cddesk/kinds.py" line="395"/>
        <source>ลิงก์</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="339"/>
        <source>ข่าวประชาสัมพันธ์บนเว็บไซต์</source>
        <translation>website news item</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="339"/>
        <source>ข่าวบนเว็บไซต์</source>
        <translation>Website news</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="342"/>
        <source>หัวข้อข่าว (หรือ «ข่าวประจำเดือน…»)</source>
        <translation>Headline (or «News of the month…»)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="343"/>
        <source>ลิงก์ข่าว/รายการข่าว</source>
        <translation>Link to the news item/list</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="344"/>
        <source>จำนวนข่าว</source>
        <translation>Number of news items</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="346"/>
        <source>รายการตรวจเว็บไซต์ตามเกณฑ์ประกวด</source>
        <translation>website checklist item</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="346"/>
        <source>ตรวจเว็บไซต์ตามเกณฑ์ประกวด</source>
        <translation>Website contest checklist</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="348"/>
        <source>รายการตามเกณฑ์</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="349"/>
        <source>วันที่ตรวจพบบนเว็บไซต์</source>
        <translation>Date found on the website</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="350"/>
        <source>ลิงก์หน้าเว็บที่มีข้อมูล</source>
        <translation>Link to the page</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="353"/>
        <source>ผลการจัดเก็บข้อมูล จปฐ.</source>
        <translation>BMN survey progress</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="353"/>
        <source>ผลการจัดเก็บข้อมูล จปฐ. (สะสม)</source>
        <translation>BMN survey progress (cumulative)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="355"/>
        <source>ณ วันที่</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="356"/>
        <source>จัดเก็บแล้ว (ครัวเรือน สะสม)</source>
        <translation>Households surveyed (cumulative)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="359"/>
        <source>การบันทึกฐานข้อมูลกลาง</source>
        <translation>Central database entry</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="361"/>
        <source>ฐานข้อมูล</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="362"/>
        <source>วันที่บันทึกเสร็จ</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="363"/>
        <source>บันทึกครบถ้วน</source>
        <translation>Fully recorded</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="364"/>
        <source>ยอดจำหน่าย OTOP (บาท)</source>
        <translation>OTOP sales (baht)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="367"/>
        <source>ขั้นตอนตำบลต้นแบบสารสนเทศ</source>
        <translation>Model IT subdistrict step</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="369"/>
        <source>ขั้นตอน</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="370"/>
        <source>ส่วน (ขั้นที่ 5)</source>
        <translation>Part (step 5)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="371"/>
        <source>วันที่ดำเนินการ</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="372"/>
        <source>ลิงก์เผยแพร่</source>
        <translation>Published link</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="375"/>
        <source>การดำเนินงาน Click ชุมชน</source>
        <translation>Click Chumchon action</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="375"/>
        <source>กลไกและรายงาน Click ชุมชน</source>
        <translation>Click Chumchon mechanism and reports</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="382"/>
        <source>ตัวเลขจากระบบ Click ชุมชน</source>
        <translation>Click Chumchon figure</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="382"/>
        <source>ตัวเลขรายเดือนจากระบบ Click ชุมชน</source>
        <translation>Monthly figures from Click Chumchon</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="384"/>
        <source>ตัวเลข</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="385"/>
        <source>ณ วันที่ (สิ้นเดือน)</source>
        <translation>As of (month end)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="386"/>
        <source>จำนวนในเดือน</source>
        <translation>Count for the month</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="390"/>
        <source>การประชาสัมพันธ์ Click ชุมชน</source>
        <translation>Click Chumchon promotion</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="390"/>
        <source>ประชาสัมพันธ์ Shop ชุมชนและบริการ</source>
        <translation>Promoting Shop Chumchon and services</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="393"/>
        <source>เรื่องที่ประชาสัมพันธ์</source>
        <translation>What was promoted</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="394"/>
        <source>ช่องทาง</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="397"/>
        <source>หัวหน้าส่วนราชการที่ดาวน์โหลด</source>
        <translation>agency head download</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="398"/>
        <source>หัวหน้าส่วนราชการที่ดาวน์โหลด Click ชุมชน</source>
        <translation>Agency heads who downloaded Click Chumchon</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="399"/>
        <source>วันที่ดาวน์โหลด</source>
        <translation>Downloaded on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="400"/>
        <source>ตำแหน่ง/หน่วยงาน</source>
        <translation>Position/agency</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="400"/>
        <source>เช่น นายอำเภอ</source>
        <translation>e.g. District Chief Officer</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="403"/>
        <source>การตรวจข้อมูลบริการ Click ชุมชน</source>
        <translation>Click Chumchon service check</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="403"/>
        <source>ตรวจข้อมูลบริการ Click ชุมชน</source>
        <translation>Click Chumchon service checks</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="405"/>
        <source>บริการ</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="405"/>
        <source>เช่น Shop ชุมชน, CDD พาเที่ยว</source>
        <translation>e.g. Shop Chumchon, CDD Pha Thiao</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="406"/>
        <source>วันที่ตรวจ/ปรับปรุง</source>
        <translation>Checked/updated on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="407"/>
        <source>ถูกต้อง ครบถ้วน เป็นปัจจุบัน</source>
        <translation>Correct, complete and up to date</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="410"/>
        <source>รายงานนวัตกรรม</source>
        <translation>Innovation report</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="412"/>
        <source>วันที่รายงาน</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="413"/>
        <source>ชื่อนวัตกรรม (ภาษาไทย)</source>
        <translation>Innovation name (Thai)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="414"/>
        <source>ชื่อนวัตกรรม (ภาษาอังกฤษ)</source>
        <translation>Innovation name (English)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="415"/>
        <source>หน่วยงาน</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="416"/>
        <source>ผู้ประสานงาน</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="421"/>
        <source>1. ความเป็นมาของปัญหา</source>
        <translation>1. Background of the problem</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="422"/>
        <source>2. แนวคิด</source>
        <translation>2. Concept</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="423"/>
        <source>3. กระบวนการหลังปรับปรุงและวิธีดำเนินการ</source>
        <translation>3. Improved process and how it is done</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="424"/>
        <source>4. ผลผลิตและผลลัพธ์ (เชิงปริมาณและคุณภาพ)</source>
        <translation>4. Outputs and outcomes (quantitative and qualitative)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="425"/>
        <source>5. ประโยชน์ที่ได้รับ</source>
        <translation>5. Benefits</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="428"/>
        <source>ผลงานด้าน IT ของบุคลากร</source>
        <translation>Staff IT works</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="428"/>
        <source>ผลงานด้าน IT</source>
        <translation>IT work</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="430"/>
        <source>เจ้าของผลงาน (ชื่อ-นามสกุล)</source>
        <translation>Made by (full name)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="431"/>
        <source>ประเภทผลงาน</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="432"/>
        <source>ชื่อผลงาน</source>
        <translation>Title of the work</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="433"/>
        <source>วันที่เผยแพร่/เริ่มใช้งาน</source>
        <translation>Published / in use since</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="434"/>
        <source>ลิงก์ผลงาน</source>
        <translation>Link to the work</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="435"/>
        <source>ผลสำเร็จและการนำไปใช้</source>
        <translation>Results and use</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="446"/>
        <source>คะแนนรูปแบบเว็บไซต์ที่ให้เอง (0–15)</source>
        <translation>Self-rated website design (0–15)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="447"/>
        <source>ผู้ได้รับการเสนอชื่อคนต้นแบบ ไอที</source>
        <translation>IT role model nominee</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="75"/>
        <source>PDF (พิมพ์/ส่งจังหวัด)</source>
        <translation>PDF (print / send to the province)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="76"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="81"/>
        <source>สร้างรายงาน</source>
        <translation>Make report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="83"/>
        <source>บันทึกเป็นไฟล์…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="64"/>
        <source>สร้างใบรับรองของสำนักงาน…</source>
        <translation>Create the office certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="65"/>
        <source>ส่งออกใบรับรองให้จังหวัด…</source>
        <translation>Export the certificate for the province…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="66"/>
        <source>นำเข้าใบรับรองที่จังหวัดออกให้ (.p12)…</source>
        <translation>Import the certificate the province issued (.p12)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="70"/>
        <source>ใบรับรองสำหรับลงนามอิเล็กทรอนิกส์</source>
        <translation>Certificate for electronic signatures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="84"/>
        <source>ส่งออกชุดข้อมูล…</source>
        <translation>Export package…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="86"/>
        <location filename="../../ui/pages/reports_page.py" line="84"/>
        <location filename="../../ui/pages/villages_page.py" line="216"/>
        <source>เปิดโฟลเดอร์</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="92"/>
        <source>ชุดข้อมูลส่งจังหวัด</source>
        <translation>Package for the province</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="102"/>
        <source>ชุดข้อมูล (.zip) มีรายงาน PDF ที่ลงนามแล้ว ไฟล์ Excel หลักฐานของช่วงนั้น และรายการไฟล์ที่ลงนาม จังหวัดตรวจได้ว่าไม่มีไฟล์ใดถูกแก้ไข ส่งซ้ำช่วงเดิมได้ ชุดใหม่จะแทนชุดเดิม</source>
        <translation>The package (.zip) holds the signed PDF report, the Excel files, the period&apos;s evidence and a signed list of files; the province can check that no file was changed. A period can be sent again: the new package replaces the earlier one</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="121"/>
        <source>ใบรับรองของ «{name}» ใช้ได้ถึง {date} (ลายนิ้วมือ {fp}…)</source>
        <translation>Certificate of «{name}», valid until {date} (fingerprint {fp}…)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="125"/>
        <source>มีใบรับรองสำหรับลงนามแล้ว</source>
        <translation>A signing certificate exists</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="127"/>
        <source>ยังไม่มีใบรับรอง — สร้างใหม่ (จะถามรหัสผ่านที่ใช้ทุกครั้งที่ส่งออก) หรือนำเข้าไฟล์ .p12 ที่จังหวัดออกให้</source>
        <translation>No certificate yet — create one (its passphrase is asked at every export) or import the .p12 file the province issued</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="133"/>
        <source>ส่งออกแล้ว รุ่น {version} เมื่อ {created} — ส่งออกอีกครั้งจะเป็นรุ่น {next}</source>
        <translation>Exported version {version} on {created} — exporting again makes version {next}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="137"/>
        <source>ยังไม่เคยส่งออกชุดข้อมูลของช่วงนี้</source>
        <translation>No package exported for this period yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="159"/>
        <source>บันทึกใบรับรองแล้วที่ {path} — ส่งไฟล์นี้ให้จังหวัดครั้งเดียว</source>
        <translation>Certificate saved at {path} — send this file to the province once</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="166"/>
        <source>นำเข้าใบรับรองของ «{name}» แล้ว</source>
        <translation>Imported the certificate of «{name}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="180"/>
        <source>กำลังทำชุดข้อมูล…</source>
        <translation>Making the package…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="187"/>
        <source>ยกเลิกแล้ว ไม่มีไฟล์ใดถูกบันทึก</source>
        <translation>Cancelled; no file was saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="196"/>
        <source> แทนชุดเดิม</source>
        <translation> replacing the earlier package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="197"/>
        <source>ส่งออกแล้ว: {path} (รุ่น {version}{replaces}, {files} ไฟล์, {size} ไบต์)</source>
        <translation>Exported: {path} (version {version}{replaces}, {files} files, {size} bytes)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="208"/>
        <source>รหัสผ่านใบรับรอง (อย่างน้อย 8 ตัว):</source>
        <translation>Certificate passphrase (at least 8 characters):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="212"/>
        <source>พิมพ์รหัสผ่านอีกครั้ง:</source>
        <translation>Type the passphrase again:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="216"/>
        <source>รหัสผ่านสองครั้งไม่ตรงกัน</source>
        <translation>The two passphrases do not match</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="224"/>
        <source>ทำรายการไม่สำเร็จ</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="227"/>
        <source>สร้างใบรับรองของสำนักงาน</source>
        <translation>Create the office certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="232"/>
        <source>บันทึกใบรับรอง</source>
        <translation>Save the certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="233"/>
        <source>ใบรับรอง (*.pem)</source>
        <translation>Certificate (*.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="238"/>
        <source>ใบรับรองที่จังหวัดออกให้</source>
        <translation>Certificate issued by the province</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="239"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="242"/>
        <source>รหัสผ่านของไฟล์ .p12</source>
        <translation>Passphrase of the .p12 file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="242"/>
        <source>รหัสผ่านที่จังหวัดแจ้ง:</source>
        <translation>Passphrase given by the province:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="253"/>
        <source>บันทึกชุดข้อมูล</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="253"/>
        <source>ชุดข้อมูล (*.zip)</source>
        <translation>Package (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="256"/>
        <source>ลงนามชุดข้อมูล</source>
        <translation>Sign the package</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="438"/>
        <source>ปีงบประมาณ (พ.ศ.)</source>
        <translation>Fiscal year (B.E.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/package_page.py" line="94"/>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="49"/>
        <location filename="../../ui/pages/province_pages/imports.py" line="140"/>
        <location filename="../../ui/pages/reports_page.py" line="95"/>
        <source>ช่วงเวลา</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="99"/>
        <source>รูปแบบ</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="104"/>
        <source>ตัวเลขไทยหรืออารบิกในรายงาน PDF เปลี่ยนได้ที่เมนู ตั้งค่า</source>
        <translation>Thai or Arabic digits in PDF reports: see the Settings menu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="120"/>
        <source>เลือกรายงานและช่วงเวลา แล้วกด «สร้างรายงาน» เพื่อดูตัวอย่าง</source>
        <translation>Choose a report and a period, then press “Make report” to preview it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/common.py" line="96"/>
        <location filename="../../ui/widgets/period.py" line="46"/>
        <source>ทั้งปีงบประมาณ {year}</source>
        <translation>Whole fiscal year {year}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="163"/>
        <source>กำลังสร้างรายงาน…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="169"/>
        <source>ยกเลิกการสร้างรายงานแล้ว</source>
        <translation>Report cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="180"/>
        <location filename="../../ui/pages/survey_page.py" line="75"/>
        <source>สร้างแล้ว {pages} หน้า</source>
        <translation>Made: {pages} pages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="180"/>
        <source>สร้างไฟล์ Excel แล้ว</source>
        <translation>Excel file made</translation>
    </message>
    <message>
        <location filename="../../ui/pages/titles.py" line="23"/>
        <source>จังหวัด: อำเภอและใบรับรอง</source>
        <translation>Province: districts and certificates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/titles.py" line="23"/>
        <source>จังหวัด: นำเข้าชุดข้อมูล</source>
        <translation>Province: import packages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/titles.py" line="24"/>
        <source>จังหวัด: สรุปผลรายอำเภอ</source>
        <translation>Province: results by district</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="23"/>
        <source>นำเข้าแล้ว</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="24"/>
        <source>ซ้ำกับชุดที่นำเข้าไว้แล้ว (ไม่นำเข้าซ้ำ)</source>
        <translation>Same as a package already imported (not imported again)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="25"/>
        <source>รุ่นใหม่ แทนรุ่นเดิมแล้ว</source>
        <translation>Newer version, replaced the earlier one</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="25"/>
        <location filename="../../ui/pages/province_pages/imports.py" line="27"/>
        <source>ไม่รับ</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="26"/>
        <source>จะนำเข้า</source>
        <translation>Will be imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="26"/>
        <source>ซ้ำกับชุดที่มีอยู่ (จะไม่นำเข้าซ้ำ)</source>
        <translation>Same as a package already here (will not be imported again)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="27"/>
        <source>รุ่นใหม่ จะแทนรุ่นเดิม</source>
        <translation>Newer version, will replace the earlier one</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="29"/>
        <source>เพิ่มอำเภอทั้งหมดของจังหวัด</source>
        <translation>Add all districts of the province</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="30"/>
        <source>ลงทะเบียนใบรับรองของอำเภอ…</source>
        <translation>Register a district&apos;s certificate…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="31"/>
        <source>ออกใบรับรองให้อำเภอ…</source>
        <translation>Issue a certificate to a district…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="33"/>
        <source>อำเภอที่สร้างใบรับรองเองส่งไฟล์ใบรับรอง (.pem หรือ .cer) มาให้ลงทะเบียน หรือจังหวัดออกใบรับรอง (.p12) ให้อำเภอ แล้วแจ้งรหัสผ่านแยกจากไฟล์</source>
        <translation>A district that made its own certificate sends the certificate file (.pem or .cer) to be registered; or the province issues the district a certificate (.p12) and gives the passphrase separately from the file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="42"/>
        <source>สำนักงานพัฒนาชุมชนจังหวัด{province}</source>
        <translation>{province} Provincial Community Development Office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="42"/>
        <location filename="../../ui/pages/province_pages/districts.py" line="72"/>
        <location filename="../../ui/pages/province_pages/districts.py" line="155"/>
        <source>ยังไม่ได้ตั้งจังหวัด</source>
        <translation>The province has not been set</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="43"/>
        <source>มีใบรับรองหลัก (root) สำหรับออกใบรับรองให้อำเภอแล้ว</source>
        <translation>Has a root certificate for issuing district certificates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="44"/>
        <source>ยังไม่มีใบรับรองหลัก (root) — จะสร้างเมื่อออกใบรับรองให้อำเภอครั้งแรก</source>
        <translation>No root certificate yet — it is created when the first district certificate is issued</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="49"/>
        <source>รหัส</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="49"/>
        <source>ใบรับรอง</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="50"/>
        <source>ลงทะเบียนใบรับรองแล้ว (ลายนิ้วมือ {fp}…)</source>
        <translation>Certificate registered (fingerprint {fp}…)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="51"/>
        <source>ยังไม่มีใบรับรอง</source>
        <translation>No certificate yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="89"/>
        <location filename="../../ui/pages/province_pages/districts.py" line="60"/>
        <source>เลือกอำเภอ</source>
        <translation>Choose a district</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="89"/>
        <location filename="../../ui/pages/province_pages/districts.py" line="60"/>
        <source>เลือกอำเภอในตารางก่อน</source>
        <translation>Choose a district in the table first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="72"/>
        <source>เพิ่มอำเภอ</source>
        <translation>Add districts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="78"/>
        <source>เพิ่มอำเภอ {count} อำเภอ</source>
        <translation>Added {count} districts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="85"/>
        <source>ใบรับรองของอำเภอ{name}</source>
        <translation>Certificate of {name} district</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="86"/>
        <source>ใบรับรอง (*.pem *.cer *.crt)</source>
        <translation>Certificates (*.pem *.cer *.crt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="95"/>
        <source>อ่านไฟล์ไม่ได้: {error}</source>
        <translation>Cannot read the file: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="96"/>
        <source>ลงทะเบียนไม่สำเร็จ</source>
        <translation>Could not register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="98"/>
        <source>ลงทะเบียนใบรับรองของ «{subject}» ให้อำเภอรหัส {code} แล้ว</source>
        <translation>Registered the certificate of «{subject}» for district {code}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="109"/>
        <source>รหัสผ่านใหม่ (อย่างน้อย {n} ตัวอักษร):</source>
        <translation>New passphrase (at least {n} characters):</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="114"/>
        <source>รหัสผ่านต้องยาวอย่างน้อย {n} ตัวอักษร</source>
        <translation>The passphrase must be at least {n} characters long</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="115"/>
        <source>พิมพ์รหัสผ่านเดิมอีกครั้ง:</source>
        <translation>Type the same passphrase again:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="116"/>
        <source>รหัสผ่านทั้งสองครั้งไม่ตรงกัน</source>
        <translation>The two passphrases do not match</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="127"/>
        <location filename="../../ui/pages/province_pages/districts.py" line="158"/>
        <source>ใบรับรองหลักของจังหวัด</source>
        <translation>Province root certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="129"/>
        <source>จังหวัดยังไม่มีใบรับรองหลัก (root) สำหรับออกใบรับรองให้อำเภอ สร้างตอนนี้เลยหรือไม่?</source>
        <translation>The province has no root certificate for issuing district certificates yet. Create it now?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="135"/>
        <source>รหัสผ่านของใบรับรองหลัก (root) ของจังหวัด:</source>
        <translation>Passphrase of the province&apos;s root certificate:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="143"/>
        <source>รหัสผ่านของไฟล์ใบรับรองสำหรับอำเภอ{name}</source>
        <translation>Passphrase of the certificate file for {name} district</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="146"/>
        <source>บันทึกไฟล์ใบรับรองของอำเภอ</source>
        <translation>Save the district&apos;s certificate file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="147"/>
        <source>ใบรับรองพร้อมกุญแจ (*.p12)</source>
        <translation>Certificate with key (*.p12)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="169"/>
        <source>ออกใบรับรองไม่สำเร็จ</source>
        <translation>Could not issue the certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/districts.py" line="172"/>
        <source>ออกใบรับรองให้อำเภอรหัส {code} แล้ว บันทึกที่ {path} — ส่งไฟล์ให้อำเภอ และแจ้งรหัสผ่านแยกต่างหาก (เช่น ทางโทรศัพท์)</source>
        <translation>Issued a certificate to district {code}, saved at {path} — send the file to the district and give the passphrase separately (e.g. by phone)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="43"/>
        <source>เลือกไฟล์/โฟลเดอร์…</source>
        <translation>Choose files/folder…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="45"/>
        <location filename="../../ui/pages/province_pages/imports.py" line="98"/>
        <source>เลือกไฟล์ชุดข้อมูล (.zip)…</source>
        <translation>Choose package files (.zip)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="46"/>
        <location filename="../../ui/pages/province_pages/imports.py" line="97"/>
        <source>เลือกโฟลเดอร์…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="48"/>
        <source>ล้างรายการ</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="49"/>
        <location filename="../../ui/pages/village_import.py" line="91"/>
        <source>ตรวจสอบ</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="55"/>
        <source>ลากไฟล์ชุดข้อมูล (.zip) หรือโฟลเดอร์ที่เก็บไฟล์ไว้มาวางที่หน้านี้ แล้วกด «ตรวจสอบ» เพื่อดูว่าจะนำเข้าอะไรบ้าง (ยังไม่บันทึก) จากนั้นกด «นำเข้า»</source>
        <translation>Drop package files (.zip) or a folder holding them on this page, press «Check» to see what would be imported (nothing is saved yet), then press «Import»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="81"/>
        <source>{count} ไฟล์ — กด «ตรวจสอบ»</source>
        <translation>{count} files — press «Check»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="99"/>
        <source>ชุดข้อมูล CD Desk (*.zip)</source>
        <translation>CD Desk packages (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="118"/>
        <source>กำลังตรวจสอบชุดข้อมูล…</source>
        <translation>Checking packages…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="118"/>
        <source>กำลังนำเข้าชุดข้อมูล…</source>
        <translation>Importing packages…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="125"/>
        <source>ตรวจสอบไม่สำเร็จ</source>
        <translation>Could not check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="125"/>
        <source>นำเข้าไม่สำเร็จ</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="64"/>
        <location filename="../../ui/pages/province_pages/imports.py" line="140"/>
        <source>รุ่นที่ส่ง</source>
        <translation>Version sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="140"/>
        <source>เหตุผล</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="143"/>
        <source>ตรวจแล้ว {files} ไฟล์: นำเข้าได้ {ok} · ซ้ำ {dup} · ไม่รับ {bad} — ยังไม่ได้บันทึก กด «นำเข้า» เพื่อนำเข้าจริง</source>
        <translation>Checked {files} files: {ok} can be imported · {dup} duplicate · {bad} rejected — nothing saved yet; press «Import» to import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/imports.py" line="145"/>
        <source>นำเข้าแล้ว {ok} ไฟล์ · ซ้ำ {dup} · ไม่รับ {bad}</source>
        <translation>Imported {ok} files · {dup} duplicate · {bad} rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="44"/>
        <source>เปิดข้อมูลของอำเภอ</source>
        <translation>Open district data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="45"/>
        <source>ส่งออก PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="46"/>
        <source>ส่งออก Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="47"/>
        <source>ชี้ที่รหัสเกณฑ์บนหัวตารางเพื่อดูชื่อเกณฑ์ · ดับเบิลคลิกอำเภอเพื่อดูข้อมูลและหลักฐานที่อำเภอส่งมา</source>
        <translation>Point at a criterion code in the header to see its name · double-click a district to see the data and evidence it sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="64"/>
        <location filename="../../ui/pages/survey_page.py" line="332"/>
        <source>อันดับ</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="71"/>
        <source>ยังไม่ส่งชุดข้อมูลของช่วงนี้</source>
        <translation>Has not sent a package for this period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="78"/>
        <source>ส่งชุดข้อมูลแล้ว {sent} จาก {total} อำเภอ</source>
        <translation>{sent} of {total} districts have sent their package</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="79"/>
        <source>ยังไม่ได้ลงทะเบียนอำเภอ — เพิ่มอำเภอที่หน้า «จังหวัด: อำเภอและใบรับรอง»</source>
        <translation>No districts registered — add them on the «Province: districts and certificates» page</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="80"/>
        <source>ยังไม่ส่ง: {names}</source>
        <translation>Not sent yet: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="81"/>
        <source>ส่งครบทุกอำเภอแล้ว</source>
        <translation>Every district has sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="96"/>
        <source>ข้อมูลของอำเภอ</source>
        <translation>District data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="96"/>
        <source>อำเภอ{name}ยังไม่ส่งชุดข้อมูลของช่วงนี้</source>
        <translation>{name} district has not sent a package for this period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="99"/>
        <source>อำเภอ{name} — {period} รุ่น {version}</source>
        <translation>{name} district — {period}, version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="107"/>
        <location filename="../../ui/pages/reports_page.py" line="237"/>
        <location filename="../../ui/pages/villages_page.py" line="386"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="107"/>
        <location filename="../../ui/pages/reports_page.py" line="237"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="108"/>
        <source>บันทึกรายงานสรุปผลรายอำเภอ</source>
        <translation>Save the results-by-district report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="119"/>
        <source>กำลังทำรายงานสรุปผลรายอำเภอ…</source>
        <translation>Making the results-by-district report…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/district_dialog.py" line="59"/>
        <source>ข้อมูลจากไฟล์ records.xlsx ของอำเภอ (แสดงไม่เกิน {rows} แถวต่อแผ่นงาน)</source>
        <translation>Data from the district&apos;s records.xlsx (at most {rows} rows per sheet shown)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/district_dialog.py" line="63"/>
        <source>อ่านไฟล์ records.xlsx ของอำเภอไม่ได้: {error}</source>
        <translation>Cannot read the district&apos;s records.xlsx: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/district_dialog.py" line="80"/>
        <source>ไฟล์หลักฐาน ({count} ไฟล์)</source>
        <translation>Evidence files ({count})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/district_dialog.py" line="81"/>
        <source>เปิดไฟล์ที่เลือก</source>
        <translation>Open selected file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/district_dialog.py" line="82"/>
        <source>เปิดรายงาน PDF ที่ลงนาม</source>
        <translation>Open the signed PDF report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/district_dialog.py" line="103"/>
        <source>เปิดไฟล์</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/district_dialog.py" line="103"/>
        <source>ไม่เปิดไฟล์ชนิด {suffix} จากชุดข้อมูลของอำเภอ เพื่อความปลอดภัย — ไฟล์อยู่ที่ {path}</source>
        <translation>For safety, {suffix} files from a district&apos;s package are not opened — the file is at {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_page.py" line="238"/>
        <source>บันทึกรายงาน</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="127"/>
        <location filename="../../ui/pages/reports_page.py" line="249"/>
        <source>บันทึกไม่สำเร็จ</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province_pages/consolidated.py" line="129"/>
        <location filename="../../ui/pages/reports_page.py" line="253"/>
        <location filename="../../ui/pages/survey_page.py" line="73"/>
        <source>บันทึกแล้วที่ {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="439"/>
        <source>ครัวเรือนเป้าหมาย จปฐ.</source>
        <translation>BMN survey target households</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="440"/>
        <source>กำหนดจัดเก็บ จปฐ. เสร็จ</source>
        <translation>BMN survey deadline</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="441"/>
        <source>ผู้ประกอบการ OTOP ในพื้นที่ (ราย)</source>
        <translation>OTOP operators in the area</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="442"/>
        <source>หัวหน้าส่วนราชการ มท. ระดับอำเภอ (คน)</source>
        <translation>District heads of Ministry of Interior agencies (people)</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="443"/>
        <source>เป้าหมายดาวน์โหลด Click ชุมชนต่อเดือน</source>
        <translation>Click Chumchon download target per month</translation>
    </message>
    <message>
        <location filename="../../cddesk/kinds.py" line="445"/>
        <source>เว็บไซต์ของสำนักงาน</source>
        <translation>Office website</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="97"/>
        <source>กำลังใช้สำนักงานตัวอย่าง (ข้อมูลสมมติ) — ปิดโปรแกรมแล้วเปิดใหม่เพื่อกรอกข้อมูลสำนักงานจริง</source>
        <translation>Using the sample office (invented data) — close and reopen the program to enter your real office</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="248"/>
        <source>กู้คืนข้อมูลจาก {name} แล้ว (ข้อมูลก่อนกู้คืนเก็บไว้ในโฟลเดอร์ backups)</source>
        <translation>Restored from {name} (the data before restoring is kept in the backups folder)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="114"/>
        <source>ยังไม่ถึงช่วงประเมิน</source>
        <translation>The evaluation period has not started yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="114"/>
        <source>กำลังคำนวณคะแนนสิ้นเดือน…</source>
        <translation>Working out the month-end totals…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="175"/>
        <source>คำนวณ</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="187"/>
        <source>เกณฑ์</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="187"/>
        <source>คะแนน</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="187"/>
        <source>คำอธิบาย</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="201"/>
        <source>เกณฑ์:</source>
        <translation>Rubric:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="203"/>
        <source>ณ วันที่:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="214"/>
        <source>&lt;b&gt;กำหนดส่งถัดไป และสิ่งที่ยังขาด&lt;/b&gt;</source>
        <translation>&lt;b&gt;Next deadlines and what is still missing&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="261"/>
        <source>คะแนนรวม {got} จาก {top}</source>
        <translation>Total {got} of {top}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="263"/>
        <source>  (ประเมิน ณ {date})</source>
        <translation>  (as of {date})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="284"/>
        <source>ยังขาด</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="286"/>
        <location filename="../../ui/pages/survey_page.py" line="76"/>
        <source>คำเตือน</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="289"/>
        <source>นับแล้ว {n} รายการ</source>
        <translation>Counted: {n} records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="290"/>
        <source>นับ</source>
        <translation>counted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="292"/>
        <source>ไม่นับ {n} รายการ</source>
        <translation>Not counted: {n} records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="315"/>
        <source>ดับเบิลคลิกเพื่อเปิดรายการนี้</source>
        <translation>Double-click to open this record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="317"/>
        <source>… และอีก {n} รายการ (ดูครบทุกรายการได้ในรายงาน)</source>
        <translation>… and {n} more (the report lists them all)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="329"/>
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
        <translation>In the province&apos;s form (landscape), with activity photos</translation>
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
        <translation>In the province&apos;s form: four sections with evidence (at most 25 pages)</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="76"/>
        <source>แบบสอบถามความต้องการฝึกอบรม (ฉบับเปล่า)</source>
        <translation>Training needs questionnaire (blank)</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="77"/>
        <source>ตอนที่ 1 สถานภาพ ตอนที่ 2 ความต้องการ 10 หัวข้อ 5 ระดับ และอื่น ๆ 4 บรรทัด สำหรับพิมพ์แจก</source>
        <translation>Part 1 respondent, part 2 ten topics on five levels and four &quot;other&quot; lines, for handing out</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="79"/>
        <source>ผลการสำรวจความต้องการฝึกอบรม</source>
        <translation>Training needs survey result</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="80"/>
        <source>สถานภาพผู้ตอบ ลำดับหัวข้อตามค่าเฉลี่ย (เท่ากันใช้จำนวนระดับ 5 แล้วลำดับข้อ) และกราฟ</source>
        <translation>Respondents, topics ranked by mean (ties: more level-5 ratings, then item order) and a chart</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="82"/>
        <source>แบบเสนอชื่อคนต้นแบบ ไอที</source>
        <translation>IT role model nomination</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="83"/>
        <source>ผู้ได้รับการเสนอชื่อของปีงบประมาณ (อำเภอละ 1 คน) ผลการตรวจคุณสมบัติ และผลงาน 4 ด้านพร้อมหลักฐาน</source>
        <translation>The fiscal year&apos;s nominee (one per district), the eligibility check, and works in the four kinds with evidence</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="85"/>
        <source>แบบประเมินตนเอง การประกวดเว็บไซต์ (100 คะแนน)</source>
        <translation>Website contest self-assessment (100 points)</translation>
    </message>
    <message>
        <location filename="../../cddesk/reports/__init__.py" line="86"/>
        <source>คะแนนรายข้อ รายการที่พบบนเว็บไซต์พร้อมลิงก์ และรายการที่ยังขาด</source>
        <translation>Points per criterion, items found with links, and items still missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="40"/>
        <source>หมู่บ้านสารสนเทศชุมชนดีเด่น</source>
        <translation>Outstanding IT village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="41"/>
        <source>สารสนเทศตำบลต้นแบบ</source>
        <translation>Model information subdistrict</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="42"/>
        <source>ระดับอำเภอ</source>
        <translation>District level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="42"/>
        <source>ระดับจังหวัด</source>
        <translation>Province level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="43"/>
        <source>พร้อมบันทึก</source>
        <translation>Ready to store</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="43"/>
        <source>ซ้ำ (ไม่บันทึกซ้ำ)</source>
        <translation>Duplicate (not stored twice)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="44"/>
        <source>มีในทะเบียนแล้ว</source>
        <translation>Already in the register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="45"/>
        <source>ชื่อไม่พบในทำเนียบ</source>
        <translation>Name not in the gazetteer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="45"/>
        <source>อ่านไม่ได้</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="46"/>
        <location filename="../../ui/pages/village_import.py" line="71"/>
        <location filename="../../ui/pages/villages_page.py" line="94"/>
        <location filename="../../ui/pages/villages_page.py" line="244"/>
        <source>หมู่บ้าน</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="46"/>
        <location filename="../../ui/pages/village_import.py" line="48"/>
        <location filename="../../ui/pages/village_import.py" line="71"/>
        <location filename="../../ui/pages/villages_page.py" line="93"/>
        <location filename="../../ui/pages/villages_page.py" line="243"/>
        <source>ตำบล</source>
        <translation>Subdistrict</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="73"/>
        <source>ประวัติความเป็นมา</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="74"/>
        <source>ผู้นำชุมชน กลุ่มองค์กร อัตลักษณ์</source>
        <translation>Community leaders, groups and identity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="75"/>
        <source>ผลิตภัณฑ์ชุมชน รายได้/สภาพเศรษฐกิจ</source>
        <translation>Community products, income / economy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="76"/>
        <source>แหล่งท่องเที่ยวและการบริการ</source>
        <translation>Tourist attractions and services</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="77"/>
        <source>ศิลปะ วัฒนธรรม ประเพณี เทศกาล ภูมิปัญญาท้องถิ่น</source>
        <translation>Arts, culture, traditions, festivals, local wisdom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="78"/>
        <source>ข้อมูลอื่น ๆ</source>
        <translation>Other information</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="79"/>
        <source>การบริหารจัดการ</source>
        <translation>Management</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="80"/>
        <source>การจัดทำสารสนเทศภูมิศาสตร์ (GIS)</source>
        <translation>Geographic information (GIS)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="81"/>
        <source>การวิเคราะห์ข้อมูล (CIA) และจัดทำแผน</source>
        <translation>Data analysis (CIA) and planning</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="82"/>
        <source>โครงการเชิงบูรณาการและงบประมาณ</source>
        <translation>Integrated projects and funding</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="83"/>
        <source>การเผยแพร่ประชาสัมพันธ์</source>
        <translation>Publicity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="70"/>
        <location filename="../../ui/pages/villages_page.py" line="88"/>
        <location filename="../../ui/pages/villages_page.py" line="143"/>
        <location filename="../../ui/pages/villages_page.py" line="240"/>
        <source>ชนิด</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="71"/>
        <location filename="../../ui/pages/villages_page.py" line="90"/>
        <source>ปี พ.ศ.</source>
        <translation>Year (B.E.)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="71"/>
        <location filename="../../ui/pages/villages_page.py" line="95"/>
        <location filename="../../ui/pages/villages_page.py" line="245"/>
        <source>หมู่ที่</source>
        <translation>Village no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="70"/>
        <location filename="../../ui/pages/village_import.py" line="73"/>
        <source>แถวที่</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="73"/>
        <source>ชื่อของ</source>
        <translation>Name of</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="73"/>
        <source>ชื่อในหนังสือ</source>
        <translation>Name in the letter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="73"/>
        <source>ค้นใน</source>
        <translation>Looked up in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="74"/>
        <source>ใช้ชื่อ (ยืนยัน)</source>
        <translation>Use name (confirm)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="83"/>
        <source>นำเข้าทะเบียนหมู่บ้านสารสนเทศ/ตำบลต้นแบบ</source>
        <translation>Import the IT village / model subdistrict register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="86"/>
        <source>ทั้งสองตาราง (แยกตามหัวตาราง)</source>
        <translation>Both tables (told apart by their header row)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="89"/>
        <source>วางตารางที่คัดลอกจากหนังสือจังหวัดที่นี่ (มีแถวหัวตาราง ที่ จังหวัด อำเภอ ตำบล หมู่บ้าน หมู่ที่ ปี พ.ศ. หมายเหตุ) แล้วกด «ตรวจสอบ»</source>
        <translation>Paste the table copied from the province&apos;s letter here (with its header row ที่ จังหวัด อำเภอ ตำบล หมู่บ้าน หมู่ที่ ปี พ.ศ. หมายเหตุ), then press «Check»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="92"/>
        <source>เปิดไฟล์ Excel หรือข้อความ…</source>
        <translation>Open an Excel or text file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="108"/>
        <source>ยืนยันทุกชื่อที่โปรแกรมเสนอ</source>
        <translation>Confirm every suggested name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="113"/>
        <source>บันทึกลงทะเบียน</source>
        <translation>Store in the register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="120"/>
        <source>ตาราง</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="124"/>
        <source>ชื่อสถานที่ที่ไม่พบในทำเนียบ — ติ๊กยืนยันชื่อที่ถูกต้อง (แก้ชื่อได้) ก่อนบันทึก</source>
        <translation>Place names not in the gazetteer — tick to confirm the right name (you may edit it) before storing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="151"/>
        <source>ไม่พบแถวของตารางในข้อความ คัดลอกตารางจากหนังสือทั้งตาราง (รวมแถวหัวตาราง) แล้ววางใหม่</source>
        <translation>No table rows found in the text. Copy the whole table from the letter (with its header row) and paste again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="157"/>
        <source>เลือกไฟล์ทะเบียน</source>
        <translation>Choose the register file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="158"/>
        <source>ตารางทะเบียน</source>
        <translation>Register table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="219"/>
        <source>อ่านแล้ว {read} แถว: พร้อมบันทึก {ok}, ซ้ำ {dup}, มีในทะเบียนแล้ว {existing}, ชื่อไม่พบในทำเนียบ {unknown}, อ่านไม่ได้ {invalid}</source>
        <translation>Read {read} rows: ready {ok}, duplicates {dup}, already in the register {existing}, names not in the gazetteer {unknown}, unreadable {invalid}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="224"/>
        <source>ข้ามแถวของอีกตาราง {n} แถว</source>
        <translation>Skipped {n} rows of the other table</translation>
    </message>
    <message>
        <location filename="../../ui/pages/village_import.py" line="303"/>
        <source>บันทึกลงทะเบียนแล้ว {n} แถว</source>
        <translation>Stored {n} rows in the register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="113"/>
        <source>ทะเบียนที่ผ่านมา</source>
        <translation>Past register</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="114"/>
        <source>เป้าหมายปีงบประมาณ</source>
        <translation>Fiscal-year candidate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="122"/>
        <source>ทุกชนิด</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="126"/>
        <source>ค้นหา (อำเภอ ตำบล หมู่บ้าน ปี)</source>
        <translation>Search (district, subdistrict, village, year)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="137"/>
        <source>นำเข้าจากหนังสือ/Excel…</source>
        <translation>Import from letter/Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="139"/>
        <source>ลบแถวที่เลือก</source>
        <translation>Delete selected rows</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="159"/>
        <source>{n} แถว</source>
        <translation>{n} rows</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="175"/>
        <source>ลบแถวทะเบียน</source>
        <translation>Delete register rows</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="175"/>
        <source>ลบ {n} แถวที่เลือกออกจากทะเบียนหรือไม่?</source>
        <translation>Delete the {n} selected rows from the register?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="211"/>
        <source>ตรวจหลักเกณฑ์</source>
        <translation>Check eligibility</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="212"/>
        <source>บันทึกเป้าหมาย</source>
        <translation>Save candidate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="213"/>
        <location filename="../../ui/pages/villages_page.py" line="371"/>
        <source>ลบเป้าหมาย</source>
        <translation>Delete candidate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="214"/>
        <source>PDF ถอดบทเรียน แบบว่าง…</source>
        <translation>Lesson-learned PDF, blank…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="215"/>
        <source>PDF ถอดบทเรียน จากข้อมูล…</source>
        <translation>Lesson-learned PDF, filled…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="234"/>
        <source>ภาพกิจกรรมที่แนบไว้พิมพ์ในส่วนที่ 3 และภาพแรกใช้เป็นภาพปก (บันทึกเป้าหมายก่อนจึงแนบภาพได้)</source>
        <translation>Attached activity photos are printed in part 3 and the first one on the cover (save the candidate before attaching photos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="242"/>
        <source>ปีงบประมาณ</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="246"/>
        <source>จำนวนประชากร (คน)</source>
        <translation>Population (persons)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="247"/>
        <source>จำนวนครัวเรือน</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="261"/>
        <source>กำหนดส่ง</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="275"/>
        <source>เนื้อหาถอดบทเรียน (ส่วนที่ 1–2)</source>
        <translation>Lesson-learned content (parts 1–2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="324"/>
        <source>ยังไม่ได้บันทึกเป้าหมายของปีนี้</source>
        <translation>No candidate saved for this year yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="359"/>
        <source>ไม่ได้บันทึก เพราะไม่ผ่านหลักเกณฑ์การคัดเลือก</source>
        <translation>Not saved: the candidate does not meet the selection rules</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="365"/>
        <source>บันทึกแล้ว: {place}</source>
        <translation>Saved: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="372"/>
        <source>ลบเป้าหมาย {place} และภาพที่แนบไว้หรือไม่?</source>
        <translation>Delete the candidate {place} and its attached photos?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="384"/>
        <source>แบบว่าง</source>
        <translation>blank</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="386"/>
        <source>บันทึกเอกสารถอดบทเรียน</source>
        <translation>Save the lesson-learned document</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="395"/>
        <source>กำลังทำ PDF…</source>
        <translation>Making the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/villages_page.py" line="409"/>
        <source>บันทึกแล้ว {pages} หน้า ที่ {path}</source>
        <translation>Saved {pages} pages to {path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="74"/>
        <source>เพิ่มผลงาน</source>
        <translation>Add work</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="74"/>
        <source>เลือกบุคลากรก่อน</source>
        <translation>Choose a staff member first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="89"/>
        <source>คนต้นแบบ ไอที: ตรวจคุณสมบัติและเสนอชื่อ (อำเภอละ 1 คน)</source>
        <translation>IT role model: eligibility and nomination (one per district)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="103"/>
        <source>เสนอชื่อเป็นคนต้นแบบ ไอที ของอำเภอ</source>
        <translation>Nominate as the district&apos;s IT role model</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="104"/>
        <location filename="../../ui/pages/role_model_page.py" line="228"/>
        <source>ยกเลิกการเสนอชื่อ</source>
        <translation>Withdraw nomination</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="105"/>
        <source>ทำหนังสือเสนอชื่อ (PDF/Excel)…</source>
        <translation>Make nomination document (PDF/Excel)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="112"/>
        <source>หลักเกณฑ์: เป็นข้าราชการสังกัดกรมการพัฒนาชุมชน (ระดับตำแหน่งในทะเบียนบุคลากร) มีทักษะด้าน IT และมีผลงานที่มีหลักฐานเชิงประจักษ์อย่างน้อย 1 เรื่อง ในด้านเว็บไซต์ สื่อประชาสัมพันธ์ สื่อสังคมออนไลน์ หรือการประยุกต์ใช้โปรแกรม</source>
        <translation>Criteria: a CDD civil servant (position level on the staff register) with IT skills and at least one work with evidence, in websites, publicity media, social media or applied software</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="123"/>
        <source>บุคลากร:</source>
        <translation>Staff member:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="162"/>
        <source>&lt;b&gt;ผู้ได้รับการเสนอชื่อของอำเภอ ปีงบประมาณ {fy}:&lt;/b&gt; {name}</source>
        <translation>&lt;b&gt;District nominee, fiscal year {fy}:&lt;/b&gt; {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="163"/>
        <source>ยังไม่ได้เสนอชื่อ</source>
        <translation>Not nominated yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="182"/>
        <source>ยังไม่มีบุคลากรในทะเบียน เพิ่มในหน้าบุคลากรก่อน</source>
        <translation>No staff on the register yet; add them on the Staff page first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="193"/>
        <source>มีคุณสมบัติครบตามหลักเกณฑ์</source>
        <translation>Meets every criterion</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="193"/>
        <source>ยังมีคุณสมบัติไม่ครบ</source>
        <translation>Does not meet every criterion yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="208"/>
        <location filename="../../ui/pages/role_model_page.py" line="259"/>
        <source>เสนอชื่อคนต้นแบบ ไอที</source>
        <translation>Nominate IT role model</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="209"/>
        <source>อำเภอเสนอชื่อได้ 1 คนต่อปี ปีงบประมาณ {fy} เสนอชื่อ {old} ไว้แล้ว แทนด้วย {new} หรือไม่?</source>
        <translation>A district nominates one person a year. {old} is already nominated for fiscal year {fy}. Replace with {new}?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="216"/>
        <source>เสนอชื่อไม่ได้</source>
        <translation>Cannot nominate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="218"/>
        <source>เสนอชื่อ {name} เป็นคนต้นแบบ ไอที ของอำเภอ ปีงบประมาณ {fy} แล้ว</source>
        <translation>{name} nominated as the district&apos;s IT role model for fiscal year {fy}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="229"/>
        <source>ยกเลิกการเสนอชื่อ {name} ปีงบประมาณ {fy} หรือไม่?</source>
        <translation>Withdraw the nomination of {name} for fiscal year {fy}?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="232"/>
        <source>ยกเลิกการเสนอชื่อแล้ว</source>
        <translation>Nomination withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="236"/>
        <source>บันทึกหนังสือเสนอชื่อคนต้นแบบ ไอที</source>
        <translation>Save IT role model nomination</translation>
    </message>
    <message>
        <location filename="../../ui/pages/role_model_page.py" line="241"/>
        <location filename="../../ui/pages/survey_page.py" line="462"/>
        <source>กำลังสร้างไฟล์…</source>
        <translation>Making the file…</translation>
    </message>
</context>
</TS>
