<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>ArrivedPage</name>
    <message>
        <source>After doing what the last page said, look at your messages and your email again.</source>
        <translation>Sau khi làm theo trang vừa rồi, bạn hãy xem lại tin nhắn và email của mình.</translation>
    </message>
    <message>
        <source>Did the password arrive?</source>
        <translation>Bạn đã nhận được mật khẩu chưa?</translation>
    </message>
    <message>
        <source>No, still nothing</source>
        <translation>Chưa, vẫn chưa nhận được</translation>
    </message>
    <message>
        <source>We will look at the next possible reason.</source>
        <translation>Chúng ta sẽ xem nguyên nhân có thể tiếp theo.</translation>
    </message>
    <message>
        <source>Yes, I have my password</source>
        <translation>Rồi, tôi đã có mật khẩu</translation>
    </message>
</context>
<context>
    <name>CauseDock</name>
    <message>
        <source>All possible reasons</source>
        <translation>Tất cả các nguyên nhân có thể</translation>
    </message>
</context>
<context>
    <name>CauseList</name>
    <message>
        <source>All possible reasons</source>
        <translation>Tất cả các nguyên nhân có thể</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Hide the list of reasons</source>
        <translation>Ẩn danh sách nguyên nhân</translation>
    </message>
    <message>
        <source>Open any reason directly. Back returns to the page you were on.</source>
        <translation>Mở thẳng trang của một nguyên nhân. Nút Quay lại đưa bạn về trang đang xem trước đó.</translation>
    </message>
    <message>
        <source>Opens this reason&apos;s page now.</source>
        <translation>Mở ngay trang của nguyên nhân này.</translation>
    </message>
    <message>
        <source>The list comes back with %1.</source>
        <translation>Bấm %1 để hiện lại danh sách.</translation>
    </message>
</context>
<context>
    <name>CauseListButton</name>
    <message>
        <source>All reasons</source>
        <translation>Các nguyên nhân</translation>
    </message>
    <message>
        <source>Shows or hides the list of every reason, to open one directly (%1).</source>
        <translation>Hiện hoặc ẩn danh sách mọi nguyên nhân để mở thẳng một trang (%1).</translation>
    </message>
</context>
<context>
    <name>CausePage</name>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Go on to the next possible reason.</source>
        <translation>Chuyển sang nguyên nhân có thể tiếp theo.</translation>
    </message>
    <message>
        <source>I checked: this is not the problem</source>
        <translation>Tôi đã kiểm tra: không phải do điều này</translation>
    </message>
    <message>
        <source>Then we ask whether the password arrived.</source>
        <translation>Sau đó chúng tôi sẽ hỏi bạn đã nhận được mật khẩu chưa.</translation>
    </message>
    <message>
        <source>This was it: I did what it says</source>
        <translation>Đúng là do điều này: tôi đã làm theo hướng dẫn</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cách xử lý</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <source>BHXH sends the password by text message (SMS) or by email.</source>
        <translation>BHXH gửi mật khẩu bằng tin nhắn (SMS) hoặc qua email.</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Qua email</translation>
    </message>
    <message>
        <source>By text message (SMS)</source>
        <translation>Bằng tin nhắn (SMS)</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <translation>Tôi không chắc</translation>
    </message>
    <message>
        <source>To my email address.</source>
        <translation>Đến địa chỉ email của tôi.</translation>
    </message>
    <message>
        <source>To my mobile phone number.</source>
        <translation>Đến số điện thoại di động của tôi.</translation>
    </message>
    <message>
        <source>Where should the password have arrived?</source>
        <translation>Mật khẩu lẽ ra được gửi đến đâu?</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>10 digits</source>
        <translation>10 chữ số</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Địa chỉ email</translation>
    </message>
    <message>
        <source>Mobile phone number</source>
        <translation>Số điện thoại di động</translation>
    </message>
    <message>
        <source>Social insurance number (mã số BHXH), optional</source>
        <translation>Mã số BHXH (không bắt buộc)</translation>
    </message>
    <message>
        <source>Type them as you gave them to BHXH. We check them for common mistakes.</source>
        <translation>Hãy nhập đúng như bạn đã khai với BHXH. Chương trình sẽ kiểm tra các lỗi hay gặp.</translation>
    </message>
    <message>
        <source>Which phone number or email did you register with?</source>
        <translation>Bạn đã đăng ký bằng số điện thoại hoặc email nào?</translation>
    </message>
    <message>
        <source>e.g. 0912 345 678</source>
        <translation>ví dụ: 0912 345 678</translation>
    </message>
    <message>
        <source>e.g. ten@gmail.com</source>
        <translation>ví dụ: ten@gmail.com</translation>
    </message>
    <message>
        <source>mã số BHXH (optional)</source>
        <translation>Mã số BHXH (không bắt buộc)</translation>
    </message>
</context>
<context>
    <name>EmailKeyboard</name>
    <message>
        <source>At sign @</source>
        <translation>Dấu a còng @</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Xóa ký tự cuối</translation>
    </message>
    <message>
        <source>Dot .</source>
        <translation>Dấu chấm .</translation>
    </message>
    <message>
        <source>Hyphen -</source>
        <translation>Dấu gạch ngang -</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Chữ %1</translation>
    </message>
    <message>
        <source>Type %1</source>
        <translation>Gõ %1</translation>
    </message>
    <message>
        <source>Underscore _</source>
        <translation>Dấu gạch dưới _</translation>
    </message>
</context>
<context>
    <name>HotlinePage</name>
    <message>
        <source>Call the BHXH hotline</source>
        <translation>Gọi tổng đài hỗ trợ của BHXH</translation>
    </message>
    <message>
        <source>Hotline 1900 9068</source>
        <translation>Tổng đài 1900 9068</translation>
    </message>
    <message>
        <source>Press 8 to have the password read to you: call from the number registered with BHXH and have your mã số BHXH ready. The call costs 1,000 đồng a minute.</source>
        <translation>Bấm phím 8 để được đọc lại mật khẩu: hãy gọi từ số điện thoại đã đăng ký với BHXH và chuẩn bị sẵn mã số BHXH. Cước gọi 1.000 đồng/phút.</translation>
    </message>
    <message>
        <source>Read them the summary below: it answers the questions they will ask.</source>
        <translation>Hãy đọc cho nhân viên tổng đài bản tóm tắt dưới đây: nó trả lời sẵn những câu họ sẽ hỏi.</translation>
    </message>
    <message>
        <source>Summary for the hotline</source>
        <translation>Tóm tắt cho tổng đài</translation>
    </message>
</context>
<context>
    <name>IdleNotice</name>
    <message>
        <source>%1 seconds left</source>
        <translation>Còn %1 giây</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Bạn vẫn đang dùng máy chứ?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Tôi vẫn đang dùng</translation>
    </message>
    <message>
        <source>Keep your answers and carry on.</source>
        <translation>Giữ lại các câu trả lời và làm tiếp.</translation>
    </message>
    <message>
        <source>To protect your information, everything on this screen will be cleared when the count reaches 0.</source>
        <translation>Để bảo vệ thông tin của bạn, mọi thứ trên màn hình sẽ được xóa khi đếm ngược về 0.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Clears everything you typed, so that the next person starts afresh.</source>
        <translation>Xóa mọi thông tin bạn đã nhập, để người sau bắt đầu lại từ đầu.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
</context>
<context>
    <name>NumberKeypad</name>
    <message>
        <source>Clear all</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the last character</source>
        <translation>Xóa ký tự cuối</translation>
    </message>
</context>
<context>
    <name>OnScreenKeys</name>
    <message>
        <source>On-screen keys for “%1”</source>
        <translation>Bàn phím trên màn hình cho ô “%1”</translation>
    </message>
    <message>
        <source>Types into “%1”.</source>
        <translation>Gõ vào ô “%1”.</translation>
    </message>
</context>
<context>
    <name>RegistrationPage</name>
    <message>
        <source>At a BHXH office, or my employer did it</source>
        <translation>Tại cơ quan BHXH, hoặc do đơn vị nơi tôi làm việc đăng ký</translation>
    </message>
    <message>
        <source>How did you register for VssID?</source>
        <translation>Bạn đã đăng ký VssID bằng cách nào?</translation>
    </message>
    <message>
        <source>I am not sure</source>
        <translation>Tôi không chắc</translation>
    </message>
    <message>
        <source>I pressed “Đăng ký tài khoản” in the app myself.</source>
        <translation>Tôi tự bấm “Đăng ký tài khoản” trong ứng dụng.</translation>
    </message>
    <message>
        <source>In the VssID app</source>
        <translation>Trong ứng dụng VssID</translation>
    </message>
    <message>
        <source>Staff or my company sent the registration for me.</source>
        <translation>Cán bộ BHXH hoặc công ty đã gửi đăng ký giúp tôi.</translation>
    </message>
    <message>
        <source>The answer tells us which phone number or email BHXH has for you.</source>
        <translation>Câu trả lời giúp biết BHXH đang lưu số điện thoại hay email nào của bạn.</translation>
    </message>
</context>
<context>
    <name>SettingsNotice</name>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Ẩn thông báo này</translation>
    </message>
    <message>
        <source>Some settings could not be used, so their defaults apply. Please tell whoever set up this computer:</source>
        <translation>Một số cài đặt không dùng được nên chương trình dùng giá trị mặc định. Vui lòng báo cho người đã cài đặt máy này:</translation>
    </message>
    <message>
        <source>The same problems are also written to the error output.</source>
        <translation>Các lỗi này cũng được ghi vào đầu ra lỗi (stderr) của chương trình.</translation>
    </message>
</context>
<context>
    <name>SolvedPage</name>
    <message>
        <source>Good: you have your password</source>
        <translation>Tốt quá: bạn đã có mật khẩu</translation>
    </message>
    <message>
        <source>Keep your password to yourself and do not share it.</source>
        <translation>Hãy giữ mật khẩu cho riêng mình, đừng đưa cho người khác.</translation>
    </message>
    <message>
        <source>You can now log in to the VssID app.</source>
        <translation>Bây giờ bạn có thể đăng nhập ứng dụng VssID.</translation>
    </message>
</context>
<context>
    <name>StaffPinPrompt</name>
    <message>
        <source>4 to 12 digits. Only staff know it.</source>
        <translation>Từ 4 đến 12 chữ số. Chỉ nhân viên biết mã này.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Checks the PIN; if it is right, the program closes.</source>
        <translation>Kiểm tra mã PIN; nếu đúng, chương trình sẽ đóng.</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Đóng chương trình</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>No staff PIN is set on this computer. Ask IT: the program can then only be closed from the operating system.</source>
        <translation>Máy này chưa đặt mã PIN nhân viên. Hãy hỏi bộ phận IT: khi chưa có mã, chỉ có thể đóng chương trình từ hệ điều hành.</translation>
    </message>
    <message>
        <source>Return to the kiosk.</source>
        <translation>Quay lại chương trình.</translation>
    </message>
    <message>
        <source>Staff PIN</source>
        <translation>Mã PIN nhân viên</translation>
    </message>
    <message>
        <source>Staff only</source>
        <translation>Chỉ dành cho nhân viên</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Mã PIN không đúng.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>Bạn đã nhập sai quá nhiều lần. Hãy thử lại sau %1 giây.</translation>
    </message>
    <message>
        <source>Type the staff PIN to close the program.</source>
        <translation>Nhập mã PIN nhân viên để đóng chương trình.</translation>
    </message>
</context>
<context>
    <name>WaysInPage</name>
    <message>
        <source>Each works only if what is listed under “You need” is true for you.</source>
        <translation>Mỗi cách chỉ dùng được khi bạn có đủ những điều ghi ở mục “Cần có”.</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cách làm</translation>
    </message>
    <message>
        <source>None of these works for me</source>
        <translation>Không cách nào dùng được với tôi</translation>
    </message>
    <message>
        <source>One of these worked</source>
        <translation>Một trong các cách này đã được</translation>
    </message>
    <message>
        <source>Ways into your account that need no SMS</source>
        <translation>Các cách vào tài khoản không cần tin nhắn SMS</translation>
    </message>
    <message>
        <source>We prepare what to tell the hotline.</source>
        <translation>Chúng tôi chuẩn bị sẵn nội dung để bạn nói với tổng đài.</translation>
    </message>
    <message>
        <source>You need</source>
        <translation>Cần có</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>High contrast: off</source>
        <translation>Tương phản cao: tắt</translation>
    </message>
    <message>
        <source>High contrast: on</source>
        <translation>Tương phản cao: bật</translation>
    </message>
    <message>
        <source>Makes all text larger: 100%, 125%, 150%, then back to 100%.</source>
        <translation>Phóng to toàn bộ chữ: 100%, 125%, 150%, rồi trở lại 100%.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Switches between white text on black and the usual colours.</source>
        <translation>Chuyển giữa chữ trắng trên nền đen và màu thông thường.</translation>
    </message>
    <message>
        <source>Text size: %1%</source>
        <translation>Cỡ chữ: %1%</translation>
    </message>
    <message>
        <source>This assistant goes through the usual reasons one by one and shows you what to do. It takes a few minutes.</source>
        <translation>Chương trình này cùng bạn xem lần lượt từng nguyên nhân thường gặp và chỉ cách xử lý. Chỉ mất vài phút.</translation>
    </message>
    <message>
        <source>This program is not made by Bảo hiểm xã hội Việt Nam (BHXH). What you type stays on this computer.</source>
        <translation>Chương trình này không phải của Bảo hiểm xã hội Việt Nam (BHXH). Những gì bạn nhập chỉ lưu trên máy tính này.</translation>
    </message>
    <message>
        <source>You will need the phone or the email address you used to register.</source>
        <translation>Bạn cần có điện thoại hoặc địa chỉ email đã dùng khi đăng ký.</translation>
    </message>
    <message>
        <source>Your VssID password has not arrived?</source>
        <translation>Chưa nhận được mật khẩu VssID?</translation>
    </message>
</context>
<context>
    <name>WizardWindow</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Choose this answer, then press Next.</source>
        <translation>Chọn câu trả lời này, rồi bấm Tiếp tục.</translation>
    </message>
    <message>
        <source>Clear every answer and return to the first page.</source>
        <translation>Xóa mọi câu trả lời và quay về trang đầu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close the program.</source>
        <translation>Đóng chương trình.</translation>
    </message>
    <message>
        <source>Go to the next page. The Enter key does the same.</source>
        <translation>Sang trang tiếp theo. Phím Enter cũng làm như vậy.</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Không, làm tiếp</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Return to the previous page. Your answers are kept.</source>
        <translation>Quay về trang trước. Các câu trả lời của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>Start again from the first page? Your answers will be cleared.</source>
        <translation>Làm lại từ trang đầu? Các câu trả lời của bạn sẽ bị xóa.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Làm lại từ đầu</translation>
    </message>
    <message>
        <source>Text to read or copy; it cannot be changed here.</source>
        <translation>Văn bản để đọc hoặc sao chép; không sửa được ở đây.</translation>
    </message>
    <message>
        <source>VssID password helper</source>
        <translation>Trợ giúp mật khẩu VssID</translation>
    </message>
</context>
</TS>
