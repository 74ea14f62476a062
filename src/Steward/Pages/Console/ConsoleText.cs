using Steward.Hosting;

namespace Steward.Pages.Console;

/// <summary>The words of the Console in one language. Every member is required, so a Console page
/// cannot ship with a missing translation. Texts with {0} are formats.</summary>
public sealed record ConsoleText
{
    public required string Console { get; init; }
    public required string SignInTitle { get; init; }
    public required string Email { get; init; }
    public required string Password { get; init; }
    public required string RepeatPassword { get; init; }
    public required string SignIn { get; init; }
    public required string SignInFailed { get; init; }
    public required string LockedOut { get; init; }
    public required string CodeTitle { get; init; }
    public required string CodeLabel { get; init; }
    public required string CodeFailed { get; init; }
    public required string Verify { get; init; }
    public required string SignOut { get; init; }
    public required string SignOutTitle { get; init; }
    public required string SignedInAs { get; init; }
    public required string YourRoles { get; init; }
    public required string NoRoles { get; init; }
    public required string YourPurposes { get; init; }
    public required string NoPurposes { get; init; }
    public required string AdministersNote { get; init; }
    public required string StaffTitle { get; init; }
    public required string ApiKeysTitle { get; init; }
    public required string TwoFactorTitle { get; init; }
    public required string TwoFactorIntro { get; init; }
    public required string SharedKey { get; init; }
    public required string AuthenticatorUri { get; init; }
    public required string QrCodeAlt { get; init; }
    public required string TwoFactorOn { get; init; }
    public required string SetupTitle { get; init; }
    public required string SetupFirstAdministrator { get; init; }
    public required string SetupInvited { get; init; }
    public required string CreateAccount { get; init; }
    public required string LinkUnknown { get; init; }
    public required string LinkUsed { get; init; }
    public required string LinkExpired { get; init; }
    public required string PasswordsDiffer { get; init; }
    public required string PasswordTooShort { get; init; }
    public required string EmailTaken { get; init; }
    public required string EmailInvalid { get; init; }
    public required string Roles { get; init; }
    public required string Status { get; init; }
    public required string Active { get; init; }
    public required string Disabled { get; init; }
    public required string Locked { get; init; }
    public required string TwoFactor { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string InviteTitle { get; init; }
    public required string Invite { get; init; }
    public required string InvitationLink { get; init; }
    public required string PendingInvitations { get; init; }
    public required string Expires { get; init; }
    public required string ChooseRole { get; init; }
    public required string Edit { get; init; }
    public required string SaveRoles { get; init; }
    public required string Disable { get; init; }
    public required string Enable { get; init; }
    public required string CannotDisableSelf { get; init; }
    public required string LastAdministrator { get; init; }
    public required string Saved { get; init; }
    public required string SystemName { get; init; }
    public required string SystemHelp { get; init; }
    public required string Purposes { get; init; }
    public required string KeyId { get; init; }
    public required string Created { get; init; }
    public required string Revoked { get; init; }
    public required string Revoke { get; init; }
    public required string CreateKeyTitle { get; init; }
    public required string CreateKey { get; init; }
    public required string NewKeyShownOnce { get; init; }
    public required string ChoosePurpose { get; init; }
    public required string SystemRequired { get; init; }
    public required string NoKeys { get; init; }
    public required string KeyRevoked { get; init; }
    public required string BackToStaff { get; init; }

    public static ConsoleText Current => Localization.Current == "zh-CN" ? Zh : En;

    public static readonly ConsoleText En = new()
    {
        Console = "Console",
        SignInTitle = "Sign in to the Console",
        Email = "Email",
        Password = "Password",
        RepeatPassword = "Repeat the password",
        SignIn = "Sign in",
        SignInFailed = "The email or the password is not right.",
        LockedOut = "This account is locked after too many failed attempts. Try again later.",
        CodeTitle = "Enter your authentication code",
        CodeLabel = "The six-digit code your authenticator app shows",
        CodeFailed = "That code is not right. Check that your phone's clock is right, and try the next code.",
        Verify = "Verify",
        SignOut = "Sign out",
        SignOutTitle = "Sign out of the Console",
        SignedInAs = "Signed in as",
        YourRoles = "Your roles",
        NoRoles = "You hold no role yet. An administrator can give you one.",
        YourPurposes = "Purposes you may act for",
        NoPurposes = "Your roles do not let you use personal data for any purpose.",
        AdministersNote = "You manage Steward itself: staff, roles and API keys.",
        StaffTitle = "Staff",
        ApiKeysTitle = "API keys",
        TwoFactorTitle = "Set up two-factor sign-in",
        TwoFactorIntro = "Add Steward to an authenticator app on your phone: scan the QR code, or type the key. Then enter the six-digit code the app shows.",
        SharedKey = "Key",
        AuthenticatorUri = "Set-up address",
        QrCodeAlt = "QR code to add Steward to an authenticator app",
        TwoFactorOn = "Two-factor sign-in is on for your account.",
        SetupTitle = "Set up your staff account",
        SetupFirstAdministrator = "No administrator exists yet: this account becomes Steward's first administrator.",
        SetupInvited = "You are invited with these roles:",
        CreateAccount = "Create account",
        LinkUnknown = "This link is not valid.",
        LinkUsed = "This link has already been used.",
        LinkExpired = "This link has expired. Ask an administrator for a new one.",
        PasswordsDiffer = "The two passwords differ.",
        PasswordTooShort = "Choose a password of at least {0} characters; a few words make a good one.",
        EmailTaken = "A staff account with this email exists already.",
        EmailInvalid = "Enter a valid email address.",
        Roles = "Roles",
        Status = "Status",
        Active = "Active",
        Disabled = "Disabled",
        Locked = "Locked",
        TwoFactor = "Two-factor",
        Yes = "Yes",
        No = "No",
        InviteTitle = "Invite a member of staff",
        Invite = "Create invitation link",
        InvitationLink = "Send this link to the person you invite. It works once, until {0}, and is shown only now:",
        PendingInvitations = "Invitations not yet used",
        Expires = "Expires",
        ChooseRole = "Choose at least one role.",
        Edit = "Edit",
        SaveRoles = "Save roles",
        Disable = "Disable account",
        Enable = "Enable account",
        CannotDisableSelf = "You cannot disable your own account.",
        LastAdministrator = "Steward must keep at least one active administrator.",
        Saved = "Saved.",
        SystemName = "System",
        SystemHelp = "The system that will use the key, e.g. careers-site.",
        Purposes = "Purposes",
        KeyId = "Key id",
        Created = "Created",
        Revoked = "Revoked",
        Revoke = "Revoke",
        CreateKeyTitle = "Create an API key",
        CreateKey = "Create key",
        NewKeyShownOnce = "Copy this key now: it is shown only once, and Steward keeps only its hash.",
        ChoosePurpose = "Choose at least one purpose.",
        SystemRequired = "Name the system, in 1 to 100 characters.",
        NoKeys = "No API keys yet.",
        KeyRevoked = "The key is revoked and no longer works.",
        BackToStaff = "Back to staff",
    };

    public static readonly ConsoleText Zh = new()
    {
        Console = "控制台",
        SignInTitle = "登录控制台",
        Email = "电子邮件",
        Password = "密码",
        RepeatPassword = "再次输入密码",
        SignIn = "登录",
        SignInFailed = "电子邮件或密码不正确。",
        LockedOut = "由于失败次数过多，此账户已被锁定，请稍后再试。",
        CodeTitle = "输入验证码",
        CodeLabel = "身份验证器应用显示的六位数验证码",
        CodeFailed = "验证码不正确。请确认手机时间准确，然后输入下一个验证码。",
        Verify = "验证",
        SignOut = "退出登录",
        SignOutTitle = "退出控制台",
        SignedInAs = "当前登录",
        YourRoles = "您的角色",
        NoRoles = "您尚未被分配角色，管理员可以为您分配。",
        YourPurposes = "您可以处理的目的",
        NoPurposes = "您的角色不允许为任何目的使用个人信息。",
        AdministersNote = "您负责管理 Steward 系统本身：员工、角色和 API 密钥。",
        StaffTitle = "员工",
        ApiKeysTitle = "API 密钥",
        TwoFactorTitle = "设置双因素登录",
        TwoFactorIntro = "请在手机上的身份验证器应用中添加 Steward：扫描二维码或输入密钥，然后输入应用显示的六位数验证码。",
        SharedKey = "密钥",
        AuthenticatorUri = "设置地址",
        QrCodeAlt = "用于在身份验证器应用中添加 Steward 的二维码",
        TwoFactorOn = "您的账户已启用双因素登录。",
        SetupTitle = "设置您的员工账户",
        SetupFirstAdministrator = "系统中尚无管理员：此账户将成为 Steward 的第一位管理员。",
        SetupInvited = "您受邀担任以下角色：",
        CreateAccount = "创建账户",
        LinkUnknown = "此链接无效。",
        LinkUsed = "此链接已被使用。",
        LinkExpired = "此链接已过期，请向管理员索取新的链接。",
        PasswordsDiffer = "两次输入的密码不一致。",
        PasswordTooShort = "请设置至少 {0} 个字符的密码；由几个词组成的密码既好记又安全。",
        EmailTaken = "使用此电子邮件的员工账户已存在。",
        EmailInvalid = "请输入有效的电子邮件地址。",
        Roles = "角色",
        Status = "状态",
        Active = "正常",
        Disabled = "已停用",
        Locked = "已锁定",
        TwoFactor = "双因素",
        Yes = "是",
        No = "否",
        InviteTitle = "邀请员工",
        Invite = "生成邀请链接",
        InvitationLink = "请将此链接发送给受邀人。该链接仅可使用一次，有效期至 {0}，且仅在此显示一次：",
        PendingInvitations = "尚未使用的邀请",
        Expires = "过期时间",
        ChooseRole = "请至少选择一个角色。",
        Edit = "编辑",
        SaveRoles = "保存角色",
        Disable = "停用账户",
        Enable = "启用账户",
        CannotDisableSelf = "您不能停用自己的账户。",
        LastAdministrator = "Steward 必须保留至少一位正常状态的管理员。",
        Saved = "已保存。",
        SystemName = "系统",
        SystemHelp = "将使用此密钥的系统，例如 careers-site。",
        Purposes = "目的",
        KeyId = "密钥编号",
        Created = "创建时间",
        Revoked = "已撤销",
        Revoke = "撤销",
        CreateKeyTitle = "创建 API 密钥",
        CreateKey = "创建密钥",
        NewKeyShownOnce = "请立即复制此密钥：它仅显示一次，Steward 只保存其哈希值。",
        ChoosePurpose = "请至少选择一个目的。",
        SystemRequired = "请填写系统名称（1 至 100 个字符）。",
        NoKeys = "尚无 API 密钥。",
        KeyRevoked = "该密钥已撤销，不再有效。",
        BackToStaff = "返回员工列表",
    };
}
