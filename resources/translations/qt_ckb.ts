<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ku_IQ" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>گەڕان لە:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>گەڕانەوە</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>بگەڕێوە دواوە</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>پێشەوە</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>بڕۆ پێشەوە</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>بوخچەی سەرەوە</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>بچۆ بۆ بوخچەی سەرەوە</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>دروستکردنی بوخچەی نوێ</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>بوخچەیەکی نوێ دروست بکە</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>پیشاندانی لیست</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>بگۆڕە بۆ پیشاندانی لیست</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>پیشاندانی وردەکاری</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>بگۆڕە بۆ پیشاندانی وردەکاری</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>لاتەنیشت</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>لیستی شوێنەکان و نیشانەکراوەکان</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فایلەکان</translation>
    </message>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;گەڕان لە:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;جۆری فایل:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>جۆری فایل:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;ناوی فایل:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>بوخچە:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;کردنەوە</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;پاشەکەوتکردن</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;هەڵبژاردن</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>پاشەکەوتکردن وەک</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>دۆزینەوەی بوخچە</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>بوخچەی نوێ</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>هەموو فایلەکان (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;ناوگۆڕین</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;سڕینەوە</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>پیشاندانی فایلە &amp;شاراوەکان</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>بوخچەی &amp;نوێ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ناو</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>قەبارە</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>جۆر</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ڕێکەوتی گۆڕین</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>کۆمپیوتەرەکەم</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کۆمپیوتەر</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>باشە</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;باشە</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>هەڵوەشاندنەوە</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کردنەوە</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>پاشەکەوتکردن</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>بوخچە</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>دیسک</translation>
    </message>
</context>
<context>
    <name>QFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>بوخچە</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>دیسک</translation>
    </message>
</context>
</TS>
