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
    <name>HotlinePage</name>
    <message>
        <source>Before you call, try these: the operator will ask you to.</source>
        <translation>Trước khi gọi, hãy thử các cách sau: nhân viên tổng đài cũng sẽ đề nghị bạn làm vậy.</translation>
    </message>
    <message>
        <source>Call the BHXH hotline</source>
        <translation>Gọi tổng đài hỗ trợ của BHXH</translation>
    </message>
    <message>
        <source>Copied. You can paste the summary into a message or an email.</source>
        <translation>Đã sao chép. Bạn có thể dán bản tóm tắt vào tin nhắn hoặc email.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>For the operator, in Vietnamese</source>
        <translation>Bản tóm tắt cho nhân viên tổng đài</translation>
    </message>
    <message>
        <source>Hotline 1900 9068</source>
        <translation>Tổng đài 1900 9068</translation>
    </message>
    <message>
        <source>No printer is set up here. Please ask the staff.</source>
        <translation>Máy này chưa được cài máy in. Bạn hãy hỏi nhân viên.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>In bản tóm tắt</translation>
    </message>
    <message>
        <source>QR code of the summary</source>
        <translation>Mã QR của bản tóm tắt</translation>
    </message>
    <message>
        <source>Read them the summary below: it answers the questions they will ask.</source>
        <translation>Hãy đọc cho nhân viên tổng đài bản tóm tắt dưới đây: nó trả lời sẵn những câu họ sẽ hỏi.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>Lưu bản tóm tắt thành tệp PDF</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Scan it with your phone&apos;s camera to keep the summary.</source>
        <translation>Quét mã bằng camera điện thoại để giữ bản tóm tắt.</translation>
    </message>
    <message>
        <source>Summary for the hotline, in Vietnamese</source>
        <translation>Bản tóm tắt cho tổng đài, bằng tiếng Việt</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Please choose another folder.</source>
        <translation>Không lưu được tệp PDF vào đó. Bạn hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The QR code holds the main part of the summary. Scan it with your phone&apos;s camera.</source>
        <translation>Mã QR chứa phần chính của bản tóm tắt. Quét mã bằng camera điện thoại để giữ lại.</translation>
    </message>
    <message>
        <source>The call costs 1,000 đồng a minute.</source>
        <translation>Cước gọi: 1.000 đồng/phút.</translation>
    </message>
    <message>
        <source>The same in English</source>
        <translation>Bản tiếng Anh</translation>
    </message>
    <message>
        <source>The same summary in English</source>
        <translation>Bản tóm tắt bằng tiếng Anh</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>Đã gửi bản tóm tắt tới máy in.</translation>
    </message>
    <message>
        <source>VssID summary for the hotline</source>
        <translation>Tóm tắt VssID cho tổng đài</translation>
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
        <source>Start</source>
        <translation>Bắt đầu</translation>
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
        <source>Close</source>
        <translation>Đóng</translation>
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
        <source>Start again from the first page? Your answers will be cleared.</source>
        <translation>Làm lại từ trang đầu? Các câu trả lời của bạn sẽ bị xóa.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Làm lại từ đầu</translation>
    </message>
    <message>
        <source>VssID password helper</source>
        <translation>Trợ giúp mật khẩu VssID</translation>
    </message>
</context>
</TS>
