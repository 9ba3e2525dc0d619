using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartRoom.Modules.Messaging.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class Messaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "messaging_ConversationParticipants",
                columns: table => new
                {
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_ConversationParticipants", x => new { x.ConversationId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "messaging_Conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectSealed = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastMessageAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MessageCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_Conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "messaging_FaqAudiences",
                columns: table => new
                {
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_FaqAudiences", x => new { x.QuestionId, x.GroupId });
                });

            migrationBuilder.CreateTable(
                name: "messaging_GroupQuestionLimits",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Limit = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_GroupQuestionLimits", x => new { x.RoomId, x.GroupId });
                });

            migrationBuilder.CreateTable(
                name: "messaging_Groups",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_Groups", x => new { x.RoomId, x.GroupId });
                });

            migrationBuilder.CreateTable(
                name: "messaging_Members",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AccessExpiresAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_Members", x => new { x.RoomId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "messaging_MembershipReplays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_MembershipReplays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "messaging_MessageAttachments",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_MessageAttachments", x => new { x.MessageId, x.DocumentId });
                });

            migrationBuilder.CreateTable(
                name: "messaging_Messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SenderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    BodySealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    BodySha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EditedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeletedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_Messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "messaging_QaExperts",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_QaExperts", x => new { x.RoomId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "messaging_QaReminders",
                columns: table => new
                {
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_QaReminders", x => new { x.QuestionId, x.Kind, x.DueAt });
                });

            migrationBuilder.CreateTable(
                name: "messaging_QaSettings",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DueBusinessDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DefaultGroupLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_QaSettings", x => x.RoomId);
                });

            migrationBuilder.CreateTable(
                name: "messaging_Questions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AskedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AskerGroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TitleSealed = table.Column<byte[]>(type: "BLOB", nullable: false),
                    BodySealed = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DraftSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DraftedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DraftedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AnswerSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    AnswerSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ApprovedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeclineReasonSealed = table.Column<byte[]>(type: "BLOB", nullable: true),
                    DeclinedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FaqScope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FaqPublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_Questions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "messaging_RoomKeys",
                columns: table => new
                {
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    KeyId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Wrapped = table.Column<byte[]>(type: "BLOB", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_RoomKeys", x => x.RoomId);
                });

            migrationBuilder.CreateTable(
                name: "messaging_Rooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NameUpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusUpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IpAllowList = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IpAllowListUpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_Rooms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "messaging_SupportGrants",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MayReadMessages = table.Column<bool>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_messaging_SupportGrants", x => x.RequestId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_ConversationParticipants_RoomId_UserId",
                table: "messaging_ConversationParticipants",
                columns: new[] { "RoomId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_Conversations_RoomId_LastMessageAt",
                table: "messaging_Conversations",
                columns: new[] { "RoomId", "LastMessageAt" });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_Conversations_RoomId_StartedBy",
                table: "messaging_Conversations",
                columns: new[] { "RoomId", "StartedBy" });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_FaqAudiences_GroupId",
                table: "messaging_FaqAudiences",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_messaging_Members_RoomId_GroupId",
                table: "messaging_Members",
                columns: new[] { "RoomId", "GroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_Members_UserId",
                table: "messaging_Members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_messaging_Messages_ConversationId_CreatedAt",
                table: "messaging_Messages",
                columns: new[] { "ConversationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_Messages_ConversationId_Number",
                table: "messaging_Messages",
                columns: new[] { "ConversationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_messaging_Messages_RoomId_CreatedAt",
                table: "messaging_Messages",
                columns: new[] { "RoomId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_Questions_RoomId_AskerGroupId_Status",
                table: "messaging_Questions",
                columns: new[] { "RoomId", "AskerGroupId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_Questions_RoomId_Number",
                table: "messaging_Questions",
                columns: new[] { "RoomId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_messaging_Questions_RoomId_Status_DueAt",
                table: "messaging_Questions",
                columns: new[] { "RoomId", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_Questions_Status_DueAt",
                table: "messaging_Questions",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_messaging_SupportGrants_RoomId_UserId",
                table: "messaging_SupportGrants",
                columns: new[] { "RoomId", "UserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "messaging_ConversationParticipants");

            migrationBuilder.DropTable(
                name: "messaging_Conversations");

            migrationBuilder.DropTable(
                name: "messaging_FaqAudiences");

            migrationBuilder.DropTable(
                name: "messaging_GroupQuestionLimits");

            migrationBuilder.DropTable(
                name: "messaging_Groups");

            migrationBuilder.DropTable(
                name: "messaging_Members");

            migrationBuilder.DropTable(
                name: "messaging_MembershipReplays");

            migrationBuilder.DropTable(
                name: "messaging_MessageAttachments");

            migrationBuilder.DropTable(
                name: "messaging_Messages");

            migrationBuilder.DropTable(
                name: "messaging_QaExperts");

            migrationBuilder.DropTable(
                name: "messaging_QaReminders");

            migrationBuilder.DropTable(
                name: "messaging_QaSettings");

            migrationBuilder.DropTable(
                name: "messaging_Questions");

            migrationBuilder.DropTable(
                name: "messaging_RoomKeys");

            migrationBuilder.DropTable(
                name: "messaging_Rooms");

            migrationBuilder.DropTable(
                name: "messaging_SupportGrants");
        }
    }
}
