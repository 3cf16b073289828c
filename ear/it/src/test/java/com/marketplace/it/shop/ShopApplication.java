package com.marketplace.it.shop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

@ApplicationPath("")
public class ShopApplication extends Application {}
